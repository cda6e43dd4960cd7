import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { PresentationMessage } from '../../shared/presentation/messages';
import { dispatch } from '../../main/ipc/dispatch';
import { PathGrants } from '../../main/ipc/path-grants';
import { buildMenuTemplate } from '../../main/menu';
import { pickAudienceDisplay } from '../../main/presentation/displays';
import { presentationHandlers } from '../../main/presentation/presentation-handlers';
import { PresentationHub, type AudienceScreens } from '../../main/presentation/presentation-hub';
import { broadcastChannel, relayedChannel } from '../../renderer/present/sync/channel';
import { englishT } from '../helpers/journeys';

/** Displays and windows as a test sees them: ids handed out, messages recorded. */
function fakeScreens(displays: number) {
  const sent: { to: number; command: MenuCommand }[] = [];
  const closed: number[] = [];
  const fullScreen: [number, boolean][] = [];
  let onClosed: (() => void) | null = null;
  const screens: AudienceScreens = {
    displayCount: () => displays,
    open: (_presenter, _session, closedCallback) => {
      if (displays < 2) return null;
      onClosed = closedCallback;
      return 20;
    },
    close: (id) => void closed.push(id),
    setFullScreen: (id, on) => void fullScreen.push([id, on]),
    send: (to, command) => void sent.push({ to, command }),
  };
  return { screens, sent, closed, fullScreen, closeByHand: () => onClosed?.() };
}

const next: PresentationMessage = { kind: 'action', action: { type: 'next' } };

describe('the presentation hub in main', () => {
  it('opens the audience window on a second display and relays between the two windows only', () => {
    const fake = fakeScreens(2);
    const hub = new PresentationHub(fake.screens);
    expect(hub.openAudience(1, 'session-1')).toEqual({ opened: true, displays: 2 });
    expect(hub.openAudience(1, 'session-1')).toEqual({ opened: true, displays: 2 });
    hub.relay(20, 'session-1', next);
    hub.relay(1, 'session-1', { kind: 'end' });
    expect(fake.sent).toEqual([
      { to: 1, command: { type: 'presentation', sessionId: 'session-1', message: next } },
      { to: 20, command: { type: 'presentation', sessionId: 'session-1', message: { kind: 'end' } } },
    ]);
    expect(() => hub.relay(7, 'session-1', next)).toThrow(/not part of the presentation/);
    expect(() => hub.relay(1, 'other-session', next)).toThrow(/not part of the presentation/);
    expect(() => hub.openAudience(2, 'session-1')).toThrow(/another window/);
    hub.closeAudience(2, 'session-1');
    expect(fake.closed).toEqual([]);
    hub.closeAudience(1, 'session-1');
    expect(fake.closed).toEqual([20]);
  });

  it('says so with one display, and tells the presenter when the audience window closes', () => {
    expect(new PresentationHub(fakeScreens(1).screens).openAudience(1, 'session-1')).toEqual({ opened: false, displays: 1 });
    const fake = fakeScreens(3);
    const hub = new PresentationHub(fake.screens);
    hub.openAudience(1, 'session-2');
    fake.closeByHand();
    expect(fake.sent).toEqual([{ to: 1, command: { type: 'presentation', sessionId: 'session-2', message: { kind: 'bye' } } }]);
    hub.setFullScreen(1, true);
    expect(fake.fullScreen).toEqual([[1, true]]);
  });

  it('picks the largest display the presenter is not on', () => {
    const display = (id: number, width: number, height: number) => ({ id, bounds: { x: 0, y: 0, width, height } });
    expect(pickAudienceDisplay([display(1, 1920, 1080), display(2, 1280, 720), display(3, 3840, 2160)], 3)?.id).toBe(1);
    expect(pickAudienceDisplay([display(1, 1920, 1080), display(2, 1280, 720), display(3, 3840, 2160)], 1)?.id).toBe(3);
    expect(pickAudienceDisplay([display(1, 1920, 1080)], 1)).toBeNull();
  });

  it('answers over IPC without a hub (the preview): no window to open, no relay', async () => {
    const handlers = presentationHandlers();
    const context = { windowId: 1 };
    expect(await handlers.openAudienceWindow({ sessionId: 'session-1' }, context)).toEqual({ opened: false, displays: 1 });
    expect(await handlers.setFullScreen({ fullScreen: true }, context)).toBeNull();
    await expect(handlers.relayPresentation({ sessionId: 'session-1', message: next }, context)).rejects.toThrow();
    // The payload is checked like any other: a malformed message never reaches the hub.
    const all = { ...handlers } as unknown as Parameters<typeof dispatch>[0];
    expect(await dispatch(all, 'relayPresentation', { sessionId: 'session-1', message: { kind: 'action', action: { type: 'jump' } } }, { ...context, grants: new PathGrants() }))
      .toMatchObject({ ok: false, error: { code: 'bad-payload' } });
  });

  it('has View > Present with F5, handled by the page', () => {
    const calls: string[] = [];
    const noop = () => undefined;
    const menu = buildMenuTemplate(englishT, [], {
      newJourney: noop, open: noop, openPath: noop, clearRecent: noop, save: noop, saveAs: noop, exportMap: noop, importFile: noop, editor: noop,
      present: () => void calls.push('present'),
    }, 'linux');
    const view = menu.find((m) => m.label === 'View')!.submenu as MenuItemConstructorOptions[];
    const present = view.find((i) => i.id === 'present')!;
    expect(present).toMatchObject({ label: 'Present', accelerator: 'F5', registerAccelerator: false });
    present.click!({} as never, undefined, {} as never);
    expect(calls).toEqual(['present']);
  });
});

describe('presentation channels', () => {
  it('carries messages between two pages of one session over a BroadcastChannel, and drops malformed ones', async () => {
    const presenter = broadcastChannel('session-abc');
    const audience = broadcastChannel('session-abc');
    const stranger = broadcastChannel('session-xyz');
    const heard: PresentationMessage[] = [];
    const strangerHeard: PresentationMessage[] = [];
    audience.subscribe((m) => heard.push(m));
    stranger.subscribe((m) => strangerHeard.push(m));
    const raw = new BroadcastChannel('waymark-present-session-abc');
    raw.postMessage({ kind: 'show', state: 'not a state' });
    presenter.post(next);
    presenter.post({ kind: 'end' });
    await expect.poll(() => heard).toEqual([next, { kind: 'end' }]);
    expect(strangerHeard).toEqual([]);
    for (const c of [presenter, audience, stranger]) c.close();
    raw.close();
  });

  it('sends through main and hears its own session’s relayed messages in Electron', async () => {
    const relayed: unknown[] = [];
    let listener: ((command: MenuCommand) => void) | null = null;
    const api = {
      relayPresentation: async (input: unknown) => (relayed.push(input), { ok: true as const, value: null }),
      onMenuCommand: (l: (command: MenuCommand) => void) => ((listener = l), () => void (listener = null)),
    };
    const channel = relayedChannel(api, 'session-1');
    const heard: PresentationMessage[] = [];
    channel.subscribe((m) => heard.push(m));
    channel.post(next);
    expect(relayed).toEqual([{ sessionId: 'session-1', message: next }]);
    listener!({ type: 'presentation', sessionId: 'session-1', message: { kind: 'bye' } });
    listener!({ type: 'presentation', sessionId: 'session-2', message: { kind: 'end' } });
    listener!({ type: 'save' });
    expect(heard).toEqual([{ kind: 'bye' }]);
    channel.close();
    expect(listener).toBeNull();
  });
});
