import type KonvaNamespace from 'konva';

/**
 * Functions that run inside the page (through page.evaluate / addInitScript): they must not
 * use anything from outside their own body. They read the page from outside, so they keep
 * working as the editor changes: the DOM, frames (requestAnimationFrame) and Konva's public
 * API on `window.Konva` (Konva puts itself there); the app has no hooks for them.
 */
export type PageKind = 'waymark' | 'excalidraw';
export interface Point { x: number; y: number }

interface ProbeState {
  firstDraw?: number;
  frames?: number[];
  recording?: boolean;
  latencies?: number[];
  stopLatency?: () => void;
}
type ProbeWindow = Window & {
  benchProbe?: ProbeState;
  Konva?: typeof KonvaNamespace;
  benchPeer?: { api: { getSceneElements(): readonly unknown[] }; exportScene(): string; built: boolean };
};

/**
 * Init script: the time from navigation to the first complete draw, that is the frame after
 * the one that drew the first cards with the fonts loaded (a draw scheduled with the commit
 * happens in the next frame; the frame after it has shown it).
 */
export function recordFirstDraw(kind: PageKind): void {
  const w = window as ProbeWindow;
  const probe: ProbeState = {};
  w.benchProbe = probe;
  const fontsIn = (family: string) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded');
  const ready = () =>
    document.fonts.status === 'loaded' &&
    (kind === 'waymark'
      ? document.querySelectorAll('[data-testid="cards-in-view"] li').length > 0 && (w.Konva?.stages.length ?? 0) > 0
      : (w.benchPeer?.api.getSceneElements().length ?? 0) > 0 && fontsIn('Excalifont'));
  const poll = () => {
    if (!ready()) return void requestAnimationFrame(poll);
    requestAnimationFrame(() => requestAnimationFrame(() => (probe.firstDraw = performance.now())));
  };
  requestAnimationFrame(poll);
}

/**
 * The first draw's time once it happened, looked for every 100 ms; undefined after `timeoutMs`.
 * Waited for in the page with a timer: Playwright's waitForFunction would first install its
 * injected script (330 KB) into the page, a 60-75 ms task on its main thread mid-load.
 */
export function awaitFirstDraw(timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const deadline = performance.now() + timeoutMs;
    const look = () => {
      const drawn = (window as ProbeWindow).benchProbe?.firstDraw;
      if (drawn !== undefined || performance.now() > deadline) resolve(drawn);
      else setTimeout(look, 100);
    };
    look();
  });
}

/** Starts recording the time between frames (requestAnimationFrame timestamps). */
export function startFrames(): void {
  const w = window as ProbeWindow;
  const probe = (w.benchProbe ??= {});
  const frames: number[] = [];
  probe.frames = frames;
  probe.recording = true;
  let last: number | null = null;
  const tick = (time: number) => {
    if (!probe.recording) return;
    if (last !== null) frames.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): number[] {
  const probe = (window as ProbeWindow).benchProbe ?? {};
  probe.recording = false;
  return probe.frames ?? [];
}

/**
 * Starts measuring pointer-to-frame latency: for each pointer move, the time from the event to
 * the frame after the next Konva layer draw.
 */
export function startDragLatency(): void {
  const w = window as ProbeWindow;
  const probe = (w.benchProbe ??= {});
  const latencies: number[] = [];
  probe.latencies = latencies;
  const moves: number[] = [];
  const onMove = (event: PointerEvent) => void moves.push(event.timeStamp);
  const onDraw = () => {
    if (moves.length === 0) return;
    const drawn = moves.splice(0);
    requestAnimationFrame(() => {
      const now = performance.now();
      for (const time of drawn) latencies.push(now - time);
    });
  };
  const layers = (w.Konva?.stages ?? []).flatMap((stage) => stage.getLayers());
  window.addEventListener('pointermove', onMove);
  for (const layer of layers) layer.on('draw.benchProbe', onDraw);
  probe.stopLatency = () => {
    window.removeEventListener('pointermove', onMove);
    for (const layer of layers) layer.off('draw.benchProbe');
  };
}

export function stopDragLatency(): number[] {
  const probe = (window as ProbeWindow).benchProbe ?? {};
  probe.stopLatency?.();
  return probe.latencies ?? [];
}

/**
 * The card nearest the middle of the view, fully in view: its text and page position. A card
 * is a Konva shape named `card` (its `cardText` attribute is the card's text) that the page
 * also lists as a card in view (the screen-reader list).
 */
export function cardNearCentre(): { text: string; at: Point } | null {
  const stage = (window as ProbeWindow).Konva?.stages[0];
  if (!stage) return null;
  const listed = new Set([...document.querySelectorAll('[data-testid="cards-in-view"] li')].map((li) => li.textContent ?? ''));
  const box = stage.container().getBoundingClientRect();
  const mid = { x: stage.width() / 2, y: stage.height() / 2 };
  let best: { text: string; at: Point; distance: number } | null = null;
  for (const node of stage.find('.card')) {
    const text = String(node.getAttr('cardText'));
    if (!listed.has(text)) continue;
    const r = node.getClientRect();
    if (r.x < 0 || r.y < 0 || r.x + r.width > stage.width() || r.y + r.height > stage.height()) continue;
    const centre = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    const distance = Math.hypot(centre.x - mid.x, centre.y - mid.y);
    if (!best || distance < best.distance) best = { text, at: { x: box.left + centre.x, y: box.top + centre.y }, distance };
  }
  return best && { text: best.text, at: best.at };
}

/** Where the card with `text` is drawn now (stage coordinates; a drag may draw it twice). */
export function cardPlaces(text: string): string {
  const stage = (window as ProbeWindow).Konva?.stages[0];
  const places = (stage?.find('.card') ?? [])
    .filter((node) => node.getAttr('cardText') === text)
    .map((node) => node.getClientRect())
    .map((r) => `${Math.round(r.x)},${Math.round(r.y)}`);
  return places.sort().join(' ');
}

/** How the map is scaled: the stage's and each layer's scale (zoom changes one of them). */
export function mapScales(): string {
  const stage = (window as ProbeWindow).Konva?.stages[0];
  return stage ? [stage, ...stage.getLayers()].map((node) => node.scaleX().toFixed(4)).join(' ') : '';
}

/** Whether the Excalidraw page has built its scene from the skeleton, in its loaded font. */
export function peerSceneBuilt(): boolean {
  return (window as ProbeWindow).benchPeer?.built ?? false;
}

/** The Excalidraw page's scene as a .excalidraw file. */
export function exportPeerScene(): string {
  const peer = (window as ProbeWindow).benchPeer;
  if (!peer) throw new Error('the Excalidraw page is not ready');
  return peer.exportScene();
}

/** Every request the page made so far: path, and start and end in ms from navigation. */
export function resourceTimings(): { path: string; start: number; end: number }[] {
  return performance.getEntriesByType('resource').map((entry) => {
    const timing = entry as PerformanceResourceTiming;
    return { path: new URL(timing.name).pathname, start: timing.startTime, end: timing.responseEnd };
  });
}
