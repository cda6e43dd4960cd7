import { useMemo, useState } from 'react';
import type { JourneyDocument } from '../../shared/document/schema';
import { applyView, findView } from '../../shared/exchange/apply-view';
import type { PresentSession, SetSession } from './session';

/** The journey as a saved view shows it (the same filter as exporting a view), or all of it. */
export function presentedDocument(document: JourneyDocument, viewId: string | null): JourneyDocument {
  const view = viewId === null ? undefined : findView(document, viewId);
  return view ? applyView(document, view) : document;
}

/**
 * Whether this window is presenting, and the journey as it is presented. Kept apart from the
 * rest of presenting because the editor's layout (and so the editor) needs it first.
 */
export function usePresentSession(document: JourneyDocument): { session: PresentSession | null; setSession: SetSession; presented: JourneyDocument } {
  const [session, setSession] = useState<PresentSession | null>(null);
  const viewId = session?.state.viewId ?? null;
  const presented = useMemo(() => presentedDocument(document, viewId), [document, viewId]);
  return { session, setSession, presented };
}
