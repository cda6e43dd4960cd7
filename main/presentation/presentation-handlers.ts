import type { Handlers } from '../ipc/handlers';
import type { PresentationHub } from './presentation-hub';

type PresentationMethods = 'openAudienceWindow' | 'closeAudienceWindow' | 'relayPresentation' | 'setFullScreen';

/**
 * The IPC answers for presenting. Without a hub (the preview server, tests) there is no second
 * window to open: the page keeps its windows in step itself, over a BroadcastChannel.
 */
export function presentationHandlers(hub?: PresentationHub): Pick<Handlers, PresentationMethods> {
  return {
    openAudienceWindow: async ({ sessionId }, { windowId }) => hub?.openAudience(windowId, sessionId) ?? { opened: false, displays: 1 },
    closeAudienceWindow: async ({ sessionId }, { windowId }) => {
      hub?.closeAudience(windowId, sessionId);
      return null;
    },
    relayPresentation: async ({ sessionId, message }, { windowId }) => {
      if (!hub) throw new Error('the preview keeps its windows in step in the page');
      hub.relay(windowId, sessionId, message);
      return null;
    },
    setFullScreen: async ({ fullScreen }, { windowId }) => {
      hub?.setFullScreen(windowId, fullScreen);
      return null;
    },
  };
}
