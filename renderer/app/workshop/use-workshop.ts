import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiMethods, MethodInput } from '../../../shared/ipc/contract';
import type { IpcError, Result } from '../../../shared/ipc/result';
import type { ResumableWorkshop, WorkshopSnapshot } from '../../../shared/ipc/workshop';

/** How long one watch call waits in main for a change before answering anyway. */
const WATCH_MS = 20_000;

export interface Workshop {
  /** The room as main last said, when a workshop for this map runs. */
  snapshot: WorkshopSnapshot | null;
  /** Workshops a restart left open for this map. */
  resumable: ResumableWorkshop[];
  error: IpcError | null;
  clearError: () => void;
  start: (request: MethodInput<'startWorkshop'>) => Promise<boolean>;
  resume: (workshopId: string) => Promise<void>;
  /** Ends the running workshop (or one a restart left open, by id); the room as it was when it ended, or null when that failed. */
  end: (workshopId?: string) => Promise<WorkshopSnapshot | null>;
  /** Any other workshop call (triage, lock, remove, share, end); failures land in `error`. */
  call: <M extends keyof ApiMethods>(method: M, input: MethodInput<M>) => Promise<boolean>;
}

/**
 * The facilitator's view of the room: a loop of watch calls, each answered by main as soon as
 * something changed (a note, a vote, a join), so the window follows the room without a push
 * channel of its own. Only a workshop started for this map (its path) is shown here.
 */
export function useWorkshop(api: ApiMethods, journeyPath: string | null): Workshop {
  const [snapshot, setSnapshot] = useState<WorkshopSnapshot | null>(null);
  const [resumable, setResumable] = useState<ResumableWorkshop[]>([]);
  const [error, setError] = useState<IpcError | null>(null);
  // Bumped to start watching again once a workshop was started or resumed.
  const [watching, setWatching] = useState(0);
  // The workshop this window follows: kept when the map's path changes (an untitled map saved mid-workshop).
  const following = useRef<string | null>(null);
  const show = useCallback((next: WorkshopSnapshot | null) => {
    following.current = next?.workshopId ?? null;
    setSnapshot(next);
  }, []);

  useEffect(() => {
    let stopped = false;
    let after = -1;
    void (async () => {
      while (!stopped) {
        const answer = await api.watchWorkshop({ after, waitMs: after === -1 ? 0 : WATCH_MS });
        if (stopped) return;
        if (!answer.ok) {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          continue;
        }
        const next = answer.value;
        // None runs, or it is another map's: nothing to follow until one starts here.
        if (next === null || (next.journeyPath !== journeyPath && next.workshopId !== following.current)) return show(null);
        after = next.revision;
        show(next);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [api, journeyPath, watching, show]);

  useEffect(() => {
    let stopped = false;
    void api.listResumableWorkshops({}).then((answer) => {
      if (!stopped && answer.ok) {
        const mine = answer.value.filter((entry) => entry.journeyPath === journeyPath);
        // Usually none: the list that is already empty stays, so the map is not drawn again for nothing.
        setResumable((shown) => (mine.length === 0 && shown.length === 0 ? shown : mine));
      }
    });
    return () => {
      stopped = true;
    };
  }, [api, journeyPath, watching]);

  const settle = useCallback(<T,>(answer: Result<T>): answer is { ok: true; value: T } => {
    if (!answer.ok) setError(answer.error);
    return answer.ok;
  }, []);

  const start = useCallback(async (request: MethodInput<'startWorkshop'>) => {
    const answer = await api.startWorkshop(request);
    if (!settle(answer)) return false;
    show(answer.value);
    setWatching((n) => n + 1);
    return true;
  }, [api, settle, show]);

  const resume = useCallback(async (workshopId: string) => {
    const answer = await api.resumeWorkshop({ workshopId });
    if (settle(answer)) show(answer.value);
    setWatching((n) => n + 1);
  }, [api, settle, show]);

  const call = useCallback(async <M extends keyof ApiMethods>(method: M, input: MethodInput<M>) => {
    const invoke = api[method] as (payload: MethodInput<M>) => Promise<Result<unknown>>;
    const answer = await invoke(input);
    if (method === 'endWorkshop' && answer.ok) {
      show(null);
      setWatching((n) => n + 1);
    }
    return settle(answer);
  }, [api, settle, show]);

  const end = useCallback(async (workshopId?: string) => {
    const answer = await api.endWorkshop(workshopId === undefined ? {} : { workshopId });
    if (!settle(answer)) return null;
    show(null);
    setWatching((n) => n + 1);
    return answer.value;
  }, [api, settle, show]);

  return { snapshot, resumable, error, clearError: () => setError(null), start, resume, end, call };
}
