import type { Page } from 'playwright-core';
import { contrastRatio } from './contrast';
import { decodePng } from './pixels';

/** A text drawn on the canvas and its contrast as rendered: the ground is the box's commonest colour, the text the colour that stands out most from it. */
export interface MeasuredText { text: string; ratio: number; ground: [number, number, number] }

interface Box { text: string; x: number; y: number; width: number; height: number }

/**
 * Reads the boxes of the cards and stage names Konva drew wholly in the free part of the map
 * (right of the pinned lane headers, below the pinned stage headers for cards, above the
 * presentation's bar), then measures each in a screenshot of the page: what the eye gets, the
 * dim mask and every blend included.
 */
export async function measureCanvasText(page: Page, options: { headerHeight: number; laneHeaderWidth: number; stageNames: readonly string[] }): Promise<MeasuredText[]> {
  const boxes = await page.evaluate(({ headerHeight, laneHeaderWidth, stageNames }) => {
    type Node = { getClientRect(): { x: number; y: number; width: number; height: number }; getAttr(name: string): unknown; getLayer(): { scaleX(): number }; className: string; text?: () => string };
    const konva = (window as unknown as { Konva?: { stages: { container(): HTMLElement; width(): number; height(): number; find(selector: string): Node[] }[] } }).Konva;
    const stage = konva?.stages[0];
    if (!stage) return [];
    const frame = stage.container().getBoundingClientRect();
    const hud = document.querySelector('.show-hud')?.getBoundingClientRect().top ?? frame.bottom;
    const cards = stage.find('.card');
    const zoom = cards[0]?.getLayer().scaleX() ?? 1;
    const [left, top] = [laneHeaderWidth * zoom, headerHeight * zoom];
    const inside = (r: { x: number; y: number; width: number; height: number }, minY: number) =>
      r.x >= left && r.y >= minY && r.x + r.width <= stage.width() && r.y + r.height <= Math.min(stage.height(), hud - frame.y);
    const found: Box[] = [];
    for (const card of cards) {
      const r = card.getClientRect();
      if (inside(r, top)) found.push({ text: String(card.getAttr('cardText')), x: frame.x + r.x, y: frame.y + r.y, width: r.width, height: r.height });
    }
    for (const node of stage.find('Text')) {
      const text = node.text?.() ?? '';
      const r = node.getClientRect();
      if (stageNames.includes(text) && inside(r, 0)) found.push({ text, x: frame.x + r.x, y: frame.y + r.y, width: r.width, height: r.height });
    }
    return found;
  }, options);
  const image = await decodePng(await page.screenshot());
  return boxes.flatMap((box) => {
    const counts = new Map<string, { rgb: [number, number, number]; n: number }>();
    const [x0, y0] = [Math.ceil(box.x) + 3, Math.ceil(box.y) + 3];
    const [x1, y1] = [Math.floor(box.x + box.width) - 3, Math.floor(box.y + box.height) - 3];
    for (let y = y0; y < y1; y += 1) {
      for (let x = x0; x < x1; x += 1) {
        const rgb = image.at(x, y);
        const key = rgb.join();
        const entry = counts.get(key);
        if (entry) entry.n += 1;
        else counts.set(key, { rgb, n: 1 });
      }
    }
    const colours = [...counts.values()];
    if (colours.length === 0) return [];
    const ground = colours.reduce((a, b) => (b.n > a.n ? b : a)).rgb;
    const ratio = Math.max(...colours.map((c) => contrastRatio(c.rgb, ground)));
    return [{ text: box.text, ratio, ground }];
  });
}
