import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { JourneyDocument } from '../../shared/document/schema';
import type { PresentationAction, PresentationMessage, WalkPosition } from '../../shared/presentation/messages';
import type { Bridge } from '../bridge/api';
import type { PresentSession, SetSession } from './session';
import { connectChannel, type PresentationChannel } from './sync/channel';

interface Options {
  bridge: Bridge;
  session: PresentSession | null;
  setSession: SetSession;
  document: JourneyDocument;
  walk: WalkPosition;
  dispatch: (action: PresentationAction) => void;
  /** An audience window asked to end the presentation. */
  onEnd: () => void;
}

/**
 * The presenting window's side of the conversation: it sends the journey when it changes and
 * what to show after every step; audience windows say hello, forward their keys, or ask to end.
 */
export function useShowChannel({ bridge, session, setSession, document, walk, dispatch, onEnd }: Options) {
  const channel = useRef<PresentationChannel | null>(null);
  const latest = useRef({ document, walk, session, dispatch, onEnd });
  useLayoutEffect(() => {
    latest.current = { document, walk, session, dispatch, onEnd };
  });
  const sessionId = session?.sessionId ?? null;

  const sendShow = (c: PresentationChannel | null) => {
    const { session: s, walk: w } = latest.current;
    if (c && s) c.post({ kind: 'show', state: s.state, walk: w });
  };

  useEffect(() => {
    if (!sessionId) return;
    const opened = connectChannel(bridge, sessionId);
    channel.current = opened;
    const stop = opened.subscribe((message: PresentationMessage) => {
      switch (message.kind) {
        case 'hello':
          setSession((s) => s && { ...s, audience: message.screen, presenterView: true });
          opened.post({ kind: 'document', document: latest.current.document });
          return sendShow(opened);
        case 'action':
          return latest.current.dispatch(message.action);
        case 'end':
          return latest.current.onEnd();
        case 'bye':
          return setSession((s) => s && { ...s, audience: null });
        default:
          return undefined;
      }
    });
    return () => {
      stop();
      opened.close();
      channel.current = null;
    };
  }, [bridge, sessionId, setSession]);

  useEffect(() => {
    if (sessionId) channel.current?.post({ kind: 'document', document });
  }, [sessionId, document]);

  const state = session?.state;
  useEffect(() => sendShow(channel.current), [state, walk]);

  return useMemo(() => ({ post: (message: PresentationMessage) => channel.current?.post(message) }), []);
}
