import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../shared/document/schema';
import type { IpcError } from '../../shared/ipc/result';
import { createJourney, type TemplateId } from '../../shared/templates/templates';
import type { Bridge } from '../bridge/api';
import { JourneyStore } from '../state/journey-store';
import { describeError } from './describe-error';

/** The open journey: its store (document + history) and where it lives on disk, if anywhere. */
export interface OpenJourney {
  readonly store: JourneyStore;
  readonly path: string | null;
  readonly name: string;
  readonly lastSavedAt: Date | null;
}

export type SaveStatus = 'idle' | 'saving' | 'error';

/** New, open, save and save as: the same flows for buttons, menus and shortcuts. */
export function useFileSession(bridge: Bridge) {
  const { t } = useTranslation();
  const [journey, setJourney] = useState<OpenJourney | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const reportError = useCallback((e: IpcError) => setError(describeError(t, e)), [t]);

  const load = useCallback((document: JourneyDocument, path: string | null, name: string) => {
    setJourney({ store: new JourneyStore(document), path, name, lastSavedAt: null });
    setError(null);
  }, []);

  const newFromTemplate = useCallback(
    (templateId: TemplateId) => load(createJourney(templateId, (key, options) => t(key, options)), null, t('app.untitled')),
    [load, t],
  );

  const openPath = useCallback(
    async (path: string) => {
      const result = await bridge.api.openJourney({ path });
      if (!result.ok) return reportError({ ...result.error, file: result.error.file ?? path });
      if ('focusedOtherWindow' in result.value) return;
      load(result.value.document, result.value.path, result.value.name);
    },
    [bridge, load, reportError],
  );

  const openViaDialog = useCallback(async () => {
    const chosen = await bridge.api.chooseOpenPath({});
    if (chosen.ok && chosen.value) await openPath(chosen.value);
    else if (!chosen.ok) reportError(chosen.error);
  }, [bridge, openPath, reportError]);

  const saveTo = useCallback(
    async (current: OpenJourney, path: string): Promise<boolean> => {
      const version = current.store.getSnapshot().version;
      setStatus('saving');
      const result = await bridge.api.saveJourney({ path, document: current.store.document });
      if (!result.ok) {
        setStatus('error');
        reportError({ ...result.error, file: result.error.file ?? path });
        return false;
      }
      // "Saved" only after main reports the file durable on disk.
      current.store.markSaved(version);
      setStatus('idle');
      setError(null);
      setJourney({ ...current, path: result.value.path, name: result.value.name, lastSavedAt: new Date(result.value.savedAt) });
      return true;
    },
    [bridge, reportError],
  );

  const saveAs = useCallback(async (): Promise<boolean> => {
    if (!journey) return false;
    const suggested = journey.path ? journey.name : journey.store.document.journey.title || journey.name;
    const chosen = await bridge.api.chooseSavePath({ suggestedName: suggested.slice(0, 200) });
    if (!chosen.ok) {
      reportError(chosen.error);
      return false;
    }
    return chosen.value ? saveTo(journey, chosen.value) : false;
  }, [bridge, journey, reportError, saveTo]);

  const save = useCallback(async (): Promise<boolean> => {
    if (!journey) return false;
    return journey.path ? saveTo(journey, journey.path) : saveAs();
  }, [journey, saveAs, saveTo]);

  const close = useCallback(() => setJourney(null), []);

  return { journey, error, status, dismissError: () => setError(null), newFromTemplate, openPath, openViaDialog, save, saveAs, close };
}
