import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../shared/document/schema';
import { safeFileName } from '../../shared/files/file-names';
import type { DiskState, FileFingerprint } from '../../shared/ipc/fingerprint';
import type { OpenOutcome } from '../../shared/ipc/contract';
import type { ReadOnlyReason } from '../../shared/ipc/read-only';
import type { IpcError, Result } from '../../shared/ipc/result';
import { createJourney, type TemplateSource } from '../../shared/templates/templates';
import type { Bridge } from '../bridge/api';
import { JourneyStore } from '../state/journey-store';
import { describeError } from './describe-error';
import { RecoveryJournal } from './recovery/journal';

/** The open journey: its store (document + history) and where it lives on disk, if anywhere. */
export interface OpenJourney {
  readonly store: JourneyStore;
  readonly path: string | null;
  readonly name: string;
  readonly lastSavedAt: Date | null;
  /** The file as this window last read or wrote it: a save checks the disk still holds it. */
  readonly fingerprint: FileFingerprint | null;
  /** Unsaved edits, journaled for recovery after a crash. */
  readonly journal: RecoveryJournal;
  /**
   * Why the file cannot be written where it is, or null. A read-only map is edited in memory
   * (and journaled) like any other, but Save and autosave never write it: Save goes to Save As,
   * and saving it somewhere writable makes it a normal map.
   */
  readonly readOnly: ReadOnlyReason | null;
}

export type SaveStatus = 'idle' | 'saving' | 'error';
/** What happens to the edits of the map being replaced: kept for recovery, or dropped. */
type PreviousEdits = 'keep' | 'discard';
export type ConflictChoice = 'overwrite' | 'copy' | 'reload' | 'cancel';

/** New, open, save and save as, restore and conflicts: the same flows for buttons, menus and shortcuts. */
export function useFileSession(bridge: Bridge) {
  const { t, i18n } = useTranslation();
  const [journey, setJourney] = useState<OpenJourney | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  /** A save found the file changed on disk: the user picks overwrite, copy or reload. */
  const [conflict, setConflict] = useState<{ path: string } | null>(null);
  const [diskNotice, setDiskNotice] = useState<'changed' | 'missing' | 'reloaded' | null>(null);
  // Flows run across awaits; they act on the journey that is open when they resume.
  const current = useRef<OpenJourney | null>(null);
  const reportError = useCallback((e: IpcError) => setError(describeError(t, e)), [t]);

  const update = useCallback((next: OpenJourney | null) => {
    current.current = next;
    setJourney(next);
  }, []);

  const show = useCallback((next: OpenJourney | null, previousEdits: PreviousEdits) => {
    const previous = current.current;
    if (previous && previous.store !== next?.store) void (previousEdits === 'keep' ? previous.journal.close() : previous.journal.discard());
    update(next);
    setConflict(null);
    setDiskNotice(null);
  }, [update]);

  const load = useCallback(
    (document: JourneyDocument, file: { path: string | null; name: string; fingerprint: FileFingerprint | null; readOnly?: ReadOnlyReason | null },
      previousEdits: PreviousEdits = 'keep', restored?: { id: string; editedAt: string }) => {
      const store = new JourneyStore(document);
      // Nothing of a restored map is on disk yet: no version of its store counts as saved.
      if (restored) store.markSaved(-1);
      const journal = new RecoveryJournal(bridge.api, store, { path: file.path, name: file.name, baseline: file.fingerprint }, restored);
      show({ store, ...file, readOnly: file.readOnly ?? null, lastSavedAt: null, journal }, previousEdits);
      setError(null);
    },
    [bridge, show],
  );

  const newFromTemplate = useCallback(
    (source: TemplateSource) => load(createJourney(source, (key, options) => t(key, options), i18n.language), { path: null, name: t('app.untitled'), fingerprint: null }),
    [load, t, i18n.language],
  );

  const openPath = useCallback(
    async (path: string, previousEdits: PreviousEdits = 'keep', pending?: Promise<Result<OpenOutcome>>): Promise<boolean> => {
      // `pending`: main's answer, when the request was sent before the page was ready (at launch).
      const result = await (pending ?? bridge.api.openJourney({ path }));
      if (!result.ok) {
        reportError({ ...result.error, file: result.error.file ?? path });
        return false;
      }
      if ('focusedOtherWindow' in result.value) return false;
      const { document, name, fingerprint } = result.value;
      const readOnly = result.value.readOnly ? (result.value.readOnlyReason ?? 'no-permission') : null;
      load(document, { path: result.value.path, name, fingerprint, readOnly }, previousEdits);
      return true;
    },
    [bridge, load, reportError],
  );

  const openViaDialog = useCallback(async () => {
    const chosen = await bridge.api.chooseOpenPath({});
    if (chosen.ok && chosen.value) await openPath(chosen.value);
    else if (!chosen.ok) reportError(chosen.error);
  }, [bridge, openPath, reportError]);

  const restore = useCallback(async (id: string) => {
    const result = await bridge.api.restoreRecovery({ id });
    if (!result.ok) return reportError(result.error);
    const { path, name, baseline, document, editedAt } = result.value;
    load(document, { path, name, fingerprint: baseline }, 'keep', { id, editedAt });
  }, [bridge, load, reportError]);

  /** `checked`: refused if another program changed the file since this window read or wrote it. */
  const saveTo = useCallback(
    async (target: OpenJourney, path: string, mode: 'checked' | 'overwrite'): Promise<boolean> => {
      const version = target.store.getSnapshot().version;
      const baseline = mode === 'checked' && target.path === path ? target.fingerprint : null;
      setStatus('saving');
      const result = await bridge.api.saveJourney({ path, document: target.store.document, ...(baseline ? { baseline } : {}) });
      if (!result.ok) {
        // The map's own file turned out not to be writable (a restored map, a medium made
        // read-only since it opened): the map becomes read-only, its notice offering Save as.
        if (result.error.code === 'read-only' && path === target.path) {
          setStatus('idle');
          if (current.current?.store === target.store) update({ ...current.current, readOnly: result.error.reason ?? 'read-only-medium' });
          return false;
        }
        setStatus(result.error.code === 'changed-on-disk' ? 'idle' : 'error');
        if (result.error.code === 'changed-on-disk') setConflict({ path });
        else reportError({ ...result.error, file: result.error.file ?? path });
        return false;
      }
      const { name, fingerprint } = result.value;
      target.journal.setFile({ path: result.value.path, name, baseline: fingerprint });
      // "Saved" only after main reports the file durable on disk.
      target.store.markSaved(version);
      setStatus('idle');
      setError(null);
      setDiskNotice(null);
      if (current.current?.store === target.store) {
        update({ ...current.current, path: result.value.path, name, fingerprint, readOnly: null, lastSavedAt: new Date(result.value.savedAt) });
      }
      return true;
    },
    [bridge, reportError, update],
  );

  const saveAs = useCallback(async (): Promise<boolean> => {
    const target = current.current;
    if (!target) return false;
    const suggested = target.path ? target.name : target.store.document.journey.title || target.name;
    const chosen = await bridge.api.chooseSavePath({ suggestedName: safeFileName(suggested, t('app.untitled')) });
    if (!chosen.ok) {
      reportError(chosen.error);
      return false;
    }
    return chosen.value ? saveTo(target, chosen.value, 'checked') : false;
  }, [bridge, reportError, saveTo, t]);

  const save = useCallback(async (): Promise<boolean> => {
    const target = current.current;
    if (!target) return false;
    // A read-only map is never written where it is: Save (Ctrl/Cmd+S, the menu, Save and close) asks where instead.
    return target.path && target.readOnly === null ? saveTo(target, target.path, 'checked') : saveAs();
  }, [saveAs, saveTo]);

  const resolveConflict = useCallback(async (choice: ConflictChoice): Promise<boolean> => {
    const target = current.current;
    const path = conflict?.path;
    setConflict(null);
    if (!target || !path || choice === 'cancel') return false;
    if (choice === 'overwrite') return saveTo(target, path, 'overwrite');
    if (choice === 'copy') return saveAs();
    return openPath(path, 'discard');
  }, [conflict, openPath, saveAs, saveTo]);

  /** What the disk watcher saw: an untouched map follows its file; an edited one is told. */
  const applyDiskState = useCallback(async (state: DiskState) => {
    const target = current.current;
    if (!target?.path) return;
    if (state.state === 'unchanged') {
      if (state.fingerprint.mtimeMs !== target.fingerprint?.mtimeMs) update({ ...target, fingerprint: state.fingerprint });
      return;
    }
    if (state.state === 'missing') return setDiskNotice('missing');
    if (target.store.dirty) return setDiskNotice('changed');
    const reloaded = await openPath(target.path, 'discard');
    setDiskNotice(reloaded ? 'reloaded' : 'changed');
  }, [openPath, update]);

  /**
   * Back to the start screen. 'keep': unsaved edits stay journaled and show on the start screen;
   * 'discard' (the user said Don't Save): they go, as when Electron's window closes that way.
   */
  const close = useCallback(async (edits: PreviousEdits = 'keep') => {
    const target = current.current;
    if (target?.path) void bridge.api.closeJourney({ path: target.path });
    if (edits === 'keep') await target?.journal.close();
    show(null, edits);
  }, [bridge, show]);

  return {
    journey, error, status, conflict, diskNotice, dismissError: () => setError(null), dismissDiskNotice: () => setDiskNotice(null),
    newFromTemplate, openPath, openViaDialog, restore, save, saveAs, resolveConflict, applyDiskState, close,
  };
}
