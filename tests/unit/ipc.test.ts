import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ipcContract, METHOD_NAMES, type LaunchIntent, type MethodName } from '../../shared/ipc/contract';
import { parseJourneyText } from '../../shared/document/parse';
import { dispatch, dispatchFromSender } from '../../main/ipc/dispatch';
import { hasFastPayloadCheck, parsePayload } from '../../main/ipc/payload';
import { createHandlers, type Handlers, type WindowRegistry } from '../../main/ipc/handlers';
import { fileGrant } from '../../main/ipc/path-grants';
import { isTrustedSender } from '../../main/ipc/sender';
import { startAppServices } from '../../main/services/app-services';
import { windowOver } from '../helpers/handlers';
import { validPayloads } from '../helpers/ipc-payloads';
import { journeyFrom } from '../helpers/journeys';
import { generateJourney } from '../bench/generate-journey';
import { useTempFolders } from '../helpers/temp-folder';

function fakeWindows(openElsewhere: Record<string, number> = {}) {
  const focused: number[] = [];
  const states: unknown[] = [];
  const windows: WindowRegistry = {
    launchIntent: (): LaunchIntent => ({ kind: 'start' }),
    windowWithPath: (path) => openElsewhere[path],
    focus: (id) => void focused.push(id),
    setState: (_id, state) => void states.push(state),
  };
  return { windows, focused, states };
}

describe('IPC dispatch', () => {
  const tempFolder = useTempFolders();
  const setup = async (openElsewhere: Record<string, number> = {}) => {
    const dir = await tempFolder();
    const fake = fakeWindows(openElsewhere);
    const services = await startAppServices(join(dir, 'user-data'));
    const real = createHandlers({
      ...services,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
      windows: fake.windows,
    });
    // Every handler call is recorded, so a test can prove a refused request never reached one.
    const calls: string[] = [];
    const handlers = Object.fromEntries(
      Object.entries(real).map(([name, handler]) => [name, (...args: unknown[]) => (calls.push(name), (handler as (...a: unknown[]) => unknown)(...args))]),
    ) as unknown as Handlers;
    return { dir, handlers, calls, window: windowOver(dir), ...fake };
  };

  it('saves and opens through the handlers, and remembers the file as recent', async () => {
    const { dir, handlers, window } = await setup();
    const path = join(dir, 'Map.journey');
    const saved = await dispatch(handlers, 'saveJourney', { path, document: journeyFrom('buyer5') }, window);
    expect(saved).toMatchObject({ ok: true, value: { path, name: 'Map' } });
    const opened = await dispatch(handlers, 'openJourney', { path }, window);
    expect(opened.ok && 'document' in (opened.value as object)).toBe(true);
    expect(await dispatch(handlers, 'listRecent', {}, window)).toMatchObject({ ok: true, value: [{ path, name: 'Map', exists: true }] });
  });

  it('answers a file problem as a plain error naming the file, where and what', async () => {
    const { dir, handlers, window } = await setup();
    const path = join(dir, 'cut.journey');
    await writeFile(path, '{"format": "waymark.journey", "formatVersion": 1,');
    const result = await dispatch(handlers, 'openJourney', { path }, window);
    expect(result).toEqual({ ok: false, error: { code: 'not-json', message: 'the file is cut short (not complete JSON)', where: 'end of file', file: path } });
  });

  it('focuses the window that already has the file instead of opening it twice', async () => {
    const { handlers, focused, window } = await setup({ '/maps/a.journey': 7 });
    window.grants.grant(window.windowId, fileGrant('/maps/a.journey'));
    const result = await dispatch(handlers, 'openJourney', { path: '/maps/a.journey' }, window);
    expect(result).toEqual({ ok: true, value: { focusedOtherWindow: true, path: '/maps/a.journey' } });
    expect(focused).toEqual([7]);
  });

  it('rejects unknown methods', async () => {
    const { handlers, window } = await setup();
    expect(await dispatch(handlers, 'deleteEverything', {}, window)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(handlers, '__proto__', {}, window)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('rejects a save whose document breaks the schema, and writes nothing', async () => {
    const { dir, handlers, window } = await setup();
    const path = join(dir, 'bad.journey');
    const document = { ...journeyFrom('blank'), stages: [{ id: 'x', name: 5, order: 'a0' }] };
    expect(await dispatch(handlers, 'saveJourney', { path, document }, window)).toMatchObject({ ok: false, error: { code: 'bad-payload', where: 'document.stages[0].name' } });
    await expect(readFile(path)).rejects.toThrow();
  });

  it('accepts a valid save without running zod, and answers an invalid one with zod\'s issue', async () => {
    const { dir, handlers, window } = await setup();
    const path = join(dir, 'Big.journey');
    const document = generateJourney({ cards: 500, seed: 3 });
    const zod = vi.spyOn(ipcContract.saveJourney.input, 'safeParse');
    try {
      expect(await dispatch(handlers, 'saveJourney', { path, document }, window)).toMatchObject({ ok: true });
      expect(zod).not.toHaveBeenCalled();
      expect(parseJourneyText(await readFile(path, 'utf8'))).toEqual(document);
      const broken = { ...document, cards: document.cards.map((card, i) => (i === 499 ? { ...card, laneId: 'nowhere' } : card)) };
      expect(await dispatch(handlers, 'saveJourney', { path, document: broken }, window)).toMatchObject({ ok: false, error: { code: 'bad-payload', where: 'document.cards[499].laneId' } });
      expect(zod).toHaveBeenCalledTimes(1);
    } finally {
      zod.mockRestore();
    }
  });

  it('gives every method\'s handler what zod would give it, with or without the acceptor', () => {
    const valid = validPayloads('/maps/x.journey') as Record<MethodName, unknown>;
    // The methods that carry a whole journey must keep the fast check.
    for (const method of ['saveJourney', 'openJourney', 'saveImported', 'exportComparison'] as const) expect(hasFastPayloadCheck(method)).toBe(true);
    for (const method of METHOD_NAMES) {
      const zodData = ipcContract[method].input.safeParse(valid[method]);
      expect(zodData.success).toBe(true);
      expect(parsePayload(method, valid[method])).toEqual(zodData);
    }
  });

  it('rejects every malformed payload for every method before a handler runs', async () => {
    const { handlers, states, calls, window } = await setup();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES), fc.anything(), async (method, payload) => {
        fc.pre(!ipcContract[method].input.safeParse(payload).success);
        const result = await dispatch(handlers, method, payload, window);
        expect(result).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
      }),
      { numRuns: 300 },
    );
    expect(states).toEqual([]);
    expect(calls).toEqual([]);
  }, 60_000);

  it('rejects near-valid payloads (one field changed, added or removed) for every method before a handler runs', async () => {
    const { dir, handlers, calls, window } = await setup();
    const valid = validPayloads(join(dir, 'x.journey'));
    for (const method of METHOD_NAMES) expect(ipcContract[method].input.safeParse(valid[method]).success, method).toBe(true);
    const key = fc.oneof(fc.constantFrom('path', 'document', 'baseline', 'id', 'title', 'dirty', 'suggestedName', 'editedAt', '__proto__', 'constructor'), fc.string());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES), key, fc.option(fc.anything(), { nil: undefined }), async (method, field, value) => {
        const payload: Record<string, unknown> = structuredClone(valid[method]) as Record<string, unknown>;
        if (value === undefined) Reflect.deleteProperty(payload, field);
        else Object.defineProperty(payload, field, { value, enumerable: true, configurable: true, writable: true });
        fc.pre(!ipcContract[method].input.safeParse(payload).success);
        expect(await dispatch(handlers, method, payload, window)).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
      }),
      { numRuns: 1000 },
    );
    expect(calls).toEqual([]);
  }, 60_000);

  it('refuses a call from any frame or origin but the app’s own page, before looking at the payload', async () => {
    const { dir, handlers, calls, window } = await setup();
    const app = 'app://waymark/index.html';
    const payload = { path: join(dir, 'x.journey'), document: journeyFrom('blank') };
    const senders = fc.oneof(
      fc.record({ url: fc.webUrl(), isMainFrame: fc.boolean() }),
      fc.record({ url: fc.constantFrom(app, 'app://waymark/', 'app://waymark/other.html'), isMainFrame: fc.constant(false) }),
      fc.record({ url: fc.constantFrom('app://evil/index.html', 'file:///index.html', 'app://waymark.evil/', 'about:blank', 'devtools://x'), isMainFrame: fc.boolean() }),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(senders, fc.constantFrom(...METHOD_NAMES), async (sender, method) => {
        const result = await dispatchFromSender(handlers, method, payload, sender, window, app);
        expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
      }),
      { numRuns: 300 },
    );
    expect(calls).toEqual([]);
    const trusted = await dispatchFromSender(handlers, 'saveJourney', payload, { url: app, isMainFrame: true }, window, app);
    expect(trusted.ok).toBe(true);
    expect(calls).toEqual(['saveJourney']);
  }, 60_000);
});

describe('isTrustedSender', () => {
  const app = 'app://waymark/index.html';
  it('accepts only the main frame of the app origin', () => {
    expect(isTrustedSender({ url: 'app://waymark/index.html', isMainFrame: true }, app)).toBe(true);
    expect(isTrustedSender({ url: 'app://waymark/index.html#x', isMainFrame: true }, app)).toBe(true);
    expect(isTrustedSender({ url: 'app://waymark/index.html', isMainFrame: false }, app)).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', isMainFrame: true }, app)).toBe(false);
    expect(isTrustedSender({ url: 'https://waymark/index.html', isMainFrame: true }, app)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/index.html', isMainFrame: true }, app)).toBe(false);
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true }, app)).toBe(false);
    expect(isTrustedSender(null, app)).toBe(false);
  });

  it('accepts the dev server origin in development only', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html', isMainFrame: true }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false);
  });
});
