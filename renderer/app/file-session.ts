import { useCallback, useContext, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../shared/document/schema';
import { safeFileName } from '../../shared/files/file-names';
import type { DiskState, FileFingerprint } from '../../shared/ipc/fingerprint';
import type { OpenOutcome } from '../../shared/ipc/contract';
import type { ReadOnlyReason } from '../../shared/ipc/read-only';
import type { IpcError, Result } from '../../shared/ipc/result';
import type { TemplateSource } from '../../shared/templates/templates';
import type { Bridge } from '../bridge/api';
import { JourneyStore } from '../state/journey-store';
import { coeditOf, unbindCoedit } from './coedit/coedit-bindings';
import { describeError } from './describe-error';
import { PersistenceCoordinator, type PersistedFile, type PersistenceEvents, type SaveOutcome } from './persistence/coordinator';
import { KnownPreferencesContext } from './use-preferences';

/** The open journey: its store (document + history), its persistence, and where it lives on disk, if anywhere. */
export interface OpenJourney {
  readonly store: JourneyStore;
  /** Writes and journals the map: the one way its edits leave the window. */
  readonly persistence: PersistenceCoordinator;
  readonly path: string | null;
  readonly name: string;
  readonly lastSavedAt: Date | null;
  /** The file as this window last read or wrote it: what the disk watcher compares the disk with. */
  readonly fingerprint: FileFingerprint | null;
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
  const preferences = useContext(KnownPreferencesContext);
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

  /** Applies what a write came to; true when the file was written. `asked`: the user saved (a conflict asks them). */
  const settle = useCallback((store: JourneyStore, outcome: SaveOutcome, asked: boolean): boolean => {
    const open = current.current?.store === store ? current.current : null;
    if (outcome.kind === 'saved') return true;
    if (!open) return false;
    if (outcome.kind === 'read-only') update({ ...open, readOnly: outcome.reason });
    else if (outcome.kind === 'conflict') {
      if (asked) setConflict({ path: outcome.path });
      else setDiskNotice('changed');
    } else if (outcome.kind === 'failed') {
      setStatus('error');
      reportError({ ...outcome.error, file: outcome.error.file ?? outcome.path });
    }
    return false;
  }, [reportError, update]);

  const show = useCallback((next: OpenJourney | null, previousEdits: PreviousEdits) => {
    const previous = current.current;
    if (previous && previous.store !== next?.store) {
      // A shared map stops following the others when it closes (a guest's connection goes with it).
      if (coeditOf(previous.store)?.status.role === 'guest') void bridge.api.leaveCoedit({});
      unbindCoedit(previous.store);
      void previous.persistence.close(previousEdits);
    }
    update(next);
    setConflict(null);
    setDiskNotice(null);
    setStatus('idle');
  }, [bridge, update]);

  const load = useCallback(
    (document: JourneyDocument, file: Omit<PersistedFile, 'readOnly'> & { readOnly?: ReadOnlyReason | null },
      previousEdits: PreviousEdits = 'keep', restored?: { id: string; editedAt: string }) => {
      const store = new JourneyStore(document);
      // Nothing of a restored map is on disk yet: no version of its store counts as saved.
      if (restored) store.markSaved(-1);
      const mine = () => (current.current?.store === store ? current.current : null);
      const events: PersistenceEvents = {
        saving: (saving) => void (mine() && setStatus(saving ? 'saving' : 'idle')),
        saved: (saved, savedAt) => {
          const open = mine();
          if (!open) return;
          update({ ...open, ...saved, lastSavedAt: savedAt });
          setError(null);
          setDiskNotice(null);
        },
        problem: (problem) => void settle(store, problem, false),
      };
      const persisted: PersistedFile = { path: file.path, name: file.name, fingerprint: file.fingerprint, readOnly: file.readOnly ?? null };
      const persistence = new PersistenceCoordinator(bridge.api, store, persisted, events, { autosave: preferences.latest.autosave, ...(restored ? { restored } : {}) });
      show({ store, persistence, ...persisted, lastSavedAt: null }, previousEdits);
      setError(null);
      return store;
    },
    [bridge, preferences, settle, show, update],
  );

  const newFromTemplate = useCallback(
    async (source: TemplateSource) => {
      // The template library is its own chunk: a map that opens from a file never loads it.
      const { createJourney } = await import('../../shared/templates/templates');
      return load(createJourney(source, (key, options) => t(key, options), i18n.language), { path: null, name: t('app.untitled'), fingerprint: null });
    },
    [load, t, i18n.language],
  );

  /** A map another laptop shares (issue 28): untitled here, so this window never writes the host's file; Save a copy keeps it. */
  const openShared = useCallback((document: JourneyDocument) => load(document, { path: null, name: document.journey.title || t('app.untitled'), fingerprint: null }), [load, t]);

  const openPath = useCallback(
    async (path: string, previousEdits: PreviousEdits = 'keep', pending?: Promise<Result<OpenOutcome>>): Promise<boolean> => {
      // The map being left is written (or journaled) first, while this window still holds its file.
      if (previousEdits === 'keep') await current.current?.persistence.flush();
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

  /** `check`: refused if another program changed the file since this window read or wrote it. */
  const saveTo = useCallback(
    async (target: OpenJourney, path: string, check: boolean): Promise<boolean> => settle(target.store, await target.persistence.saveTo(path, check), true),
    [settle],
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
    return chosen.value ? saveTo(target, chosen.value, true) : false;
  }, [bridge, reportError, saveTo, t]);

  /** Save: to the map's file; a map without one it may write (untitled, read-only) asks where. */
  const save = useCallback(async (): Promise<boolean> => {
    const target = current.current;
    if (!target) return false;
    const outcome = await target.persistence.save();
    return outcome.kind === 'needs-path' ? saveAs() : settle(target.store, outcome, true);
  }, [saveAs, settle]);

  const resolveConflict = useCallback(async (choice: ConflictChoice): Promise<boolean> => {
    const target = current.current;
    const path = conflict?.path;
    setConflict(null);
    if (!target || !path || choice === 'cancel') return false;
    if (choice === 'overwrite') return saveTo(target, path, false);
    if (choice === 'copy') return saveAs();
    return openPath(path, 'discard');
  }, [conflict, openPath, saveAs, saveTo]);

  /** What the disk watcher saw: an untouched map follows its file; an edited one is told. */
  const applyDiskState = useCallback(async (state: DiskState) => {
    const target = current.current;
    if (!target?.path) return;
    if (state.state === 'unchanged') {
      if (state.fingerprint.mtimeMs === target.fingerprint?.mtimeMs && state.fingerprint.identity === target.fingerprint.identity) return;
      target.persistence.noteFingerprint(state.fingerprint);
      update({ ...target, fingerprint: state.fingerprint });
      return;
    }
    if (state.state === 'missing') return setDiskNotice('missing');
    if (target.store.dirty) return setDiskNotice('changed');
    const reloaded = await openPath(target.path, 'discard');
    setDiskNotice(reloaded ? 'reloaded' : 'changed');
  }, [openPath, update]);

  /**
   * Back to the start screen. 'keep': the map is written where it can be, and unsaved edits
   * stay journaled and show on the start screen; 'discard' (the user said Don't Save): they
   * go, as when Electron's window closes that way.
   */
  const close = useCallback(async (edits: PreviousEdits = 'keep') => {
    const target = current.current;
    if (target && edits === 'keep') await target.persistence.flush();
    const path = target?.persistence.file.path;
    if (path) void bridge.api.closeJourney({ path });
    // Released before the start screen lists what it may recover.
    if (edits === 'keep') await target?.persistence.close('keep');
    show(null, edits);
  }, [bridge, show]);

  return {
    journey, error, status, conflict, diskNotice, dismissError: () => setError(null), dismissDiskNotice: () => setDiskNotice(null),
    newFromTemplate, openShared, openPath, openViaDialog, restore, save, saveAs, resolveConflict, applyDiskState, close,
  };
}
