import type { WaymarkApi } from '../../../shared/ipc/contract';
import { presentationMessageSchema, type PresentationMessage } from '../../../shared/presentation/messages';

/** How the windows of one presentation talk: the same for Electron and the preview. */
export interface PresentationChannel {
  /** To every other window of the session (never back to this one). */
  post(message: PresentationMessage): void;
  subscribe(listener: (message: PresentationMessage) => void): () => void;
  close(): void;
}

type Listener = (message: PresentationMessage) => void;

/** Listeners hear only messages that parse: a window trusts no other window's shape. */
function listenerSet() {
  const listeners = new Set<Listener>();
  const emit = (message: PresentationMessage) => {
    for (const listener of listeners) listener(message);
  };
  return {
    add(listener: Listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    deliver(raw: unknown) {
      const parsed = presentationMessageSchema.safeParse(raw);
      if (parsed.success) emit(parsed.data);
    },
    emit,
    clear: () => listeners.clear(),
  };
}

/**
 * Two pages of the same origin (the preview, two tabs or windows of one browser): a
 * BroadcastChannel named after the session.
 */
export function broadcastChannel(sessionId: string, open: (name: string) => BroadcastChannel = (name) => new BroadcastChannel(name)): PresentationChannel {
  const channel = open(`waymark-present-${sessionId}`);
  const listeners = listenerSet();
  channel.onmessage = (event: MessageEvent<unknown>) => listeners.deliver(event.data);
  return {
    post: (message) => channel.postMessage(message),
    subscribe: listeners.add,
    close() {
      listeners.clear();
      channel.close();
    },
  };
}

/** Electron: main relays between the session's windows; its messages arrive with the menu commands. */
export function relayedChannel(api: Pick<WaymarkApi, 'relayPresentation' | 'onMenuCommand'>, sessionId: string): PresentationChannel {
  const listeners = listenerSet();
  // The preload has parsed every command against its schema already.
  const stop = api.onMenuCommand((command) => {
    if (command.type === 'presentation' && command.sessionId === sessionId) listeners.emit(command.message);
  });
  return {
    post: (message) => void api.relayPresentation({ sessionId, message }),
    subscribe: listeners.add,
    close() {
      listeners.clear();
      stop();
    },
  };
}

/** The channel for where the page runs: through main in Electron, in the browser otherwise. */
export const connectChannel = (bridge: { api: WaymarkApi; hasNativeMenu: boolean }, sessionId: string): PresentationChannel =>
  bridge.hasNativeMenu ? relayedChannel(bridge.api, sessionId) : broadcastChannel(sessionId);
