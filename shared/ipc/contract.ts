import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';
import { preferencesPatchSchema, type Preferences } from './preferences';
import { journeyDocumentSchema, type JourneyDocument } from '../document/schema';
import { fileFingerprintSchema, type DiskState, type FileFingerprint } from './fingerprint';
import { chooseExportPathInput, exportOptionsSchema, type ExportedFile, type ImportPreview } from './exchange';
import { pathSchema } from './paths';
import type { ReadOnlyReason } from './read-only';
import { presentationCommandSchema, presentationInputs, type AudienceWindowOutcome } from './presentation';
import { recoveryEntrySchema, recoveryIdSchema, type RecoveryEntry, type RecoverySummary } from './recovery';
import type { Result } from './result';
import { METHOD_NAMES, type MethodName } from './methods';
import {
  editRollupCardInput, metricsTableInput, personaLibraryInput, putSharedPersonaInput, rollupInput, workspaceOfInput,
  type LibraryRead, type MetricsTable, type Rollup, type SharedPersonaWrite, type WorkspaceFolder,
} from './portfolio';
import { exportComparisonInput, mergeConflictsInput, readJourneyCopyInput, type JourneyCopy, type MergeConflictsRead } from './compare';
import { deleteTemplateInput, saveTemplateInput, type UserTemplate } from './templates';
import { coeditInputs, type CoeditWatch } from './coedit';
import { workshopInputs, type ResumableWorkshop, type WorkshopAddress, type WorkshopJoin, type WorkshopSnapshot } from './workshop';
import { workspaceInputs, type LinkResolution, type WorkspaceListing } from './workspace';
import { listVersionsInput, mergeCopyInput, readVersionInput, saveVersionInput, type JourneyVersion, type MergedCopyResult, type VersionRead } from './versions';
const noInput = z.strictObject({});

export interface RecentFile { readonly path: string; readonly name: string; readonly openedAt: string; readonly exists: boolean }
export interface OpenedJourney {
  readonly path: string;
  readonly name: string;
  readonly document: JourneyDocument;
  /** The file as read: the baseline for conflict checks on save and for reloading when it changes. */
  readonly fingerprint: FileFingerprint;
  /**
   * The file cannot be written where it is (see `ReadOnlyReason`): the window shows it but is
   * not its writer and holds no lock, and a save to its path is refused as `read-only`.
   */
  readonly readOnly: boolean;
  /** Why, when `readOnly`. */
  readonly readOnlyReason?: ReadOnlyReason;
}
/** `focusedOtherWindow`: the file was already open, so its window came forward instead. */
export type OpenOutcome = OpenedJourney | { readonly focusedOtherWindow: true; readonly path: string };
export interface SavedJourney { readonly path: string; readonly name: string; readonly savedAt: string; readonly fingerprint: FileFingerprint }
/** What a new window should show first. */
export type LaunchIntent = { readonly kind: 'start' } | { readonly kind: 'open'; readonly path: string };

/** Declares a method: its payload schema, and (type-only) what it answers. */
function method<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

/**
 * Every call the renderer can make to main. The preload exposes exactly these through
 * `ipcRenderer.invoke`; main validates each payload with the schema before a handler runs.
 */
export const ipcContract = {
  getLaunchIntent: method<LaunchIntent>()(noInput),
  openJourney: method<OpenOutcome>()(z.strictObject({ path: pathSchema })),
  /**
   * With `baseline`, refused as `changed-on-disk` when the file is no longer the one this
   * Waymark last read or wrote (that one, if it knows none); refused as `read-only` (with its
   * `reason`), before anything is written, where the file cannot be written. `journalId`: the
   * map's recovery journal, dropped once the file is written, in the same call.
   */
  saveJourney: method<SavedJourney>()(
    z.strictObject({ path: pathSchema, document: journeyDocumentSchema, baseline: fileFingerprintSchema.optional(), journalId: recoveryIdSchema.optional() }),
  ),
  /** The window closed the file: it stops being its writer (the file's lock is released). */
  closeJourney: method<null>()(z.strictObject({ path: pathSchema })),
  checkFileOnDisk: method<DiskState>()(z.strictObject({ path: pathSchema, baseline: fileFingerprintSchema })),
  writeRecovery: method<null>()(recoveryEntrySchema),
  discardRecovery: method<null>()(z.strictObject({ id: recoveryIdSchema })),
  /** Keeps the journal for the start screen while the window moves on (a dirty map was closed). */
  releaseRecovery: method<null>()(z.strictObject({ id: recoveryIdSchema })),
  listRecovery: method<RecoverySummary[]>()(noInput),
  restoreRecovery: method<RecoveryEntry>()(z.strictObject({ id: recoveryIdSchema })),
  chooseOpenPath: method<string | null>()(noInput),
  chooseSavePath: method<string | null>()(z.strictObject({ suggestedName: z.string().max(200) })),
  listRecent: method<RecentFile[]>()(noInput),
  clearRecent: method<null>()(noInput),
  getPreferences: method<Preferences>()(noInput),
  setPreferences: method<Preferences>()(preferencesPatchSchema),
  setWindowState: method<null>()(
    // `name`: the map's own name, which the unsaved-changes prompt says (the title adds a mark and the app's name).
    // `workshop`: a live workshop runs for this map, so closing the window asks about the room first.
    z.strictObject({ title: z.string().max(300), name: z.string().max(300).optional(), dirty: z.boolean(), path: pathSchema.nullable(), workshop: z.boolean().optional() }),
  ),
  // Export and import (File > Export, File > Import; the same code as `waymark export/import`).
  chooseExportPath: method<string | null>()(chooseExportPathInput),
  exportJourney: method<ExportedFile>()(z.strictObject({ path: pathSchema, document: journeyDocumentSchema, options: exportOptionsSchema })),
  chooseImportPath: method<string | null>()(noInput),
  previewImport: method<ImportPreview>()(z.strictObject({ path: pathSchema })),
  /** Writes an imported journey as a new .journey file (it keeps a .bak of a file it replaces). */
  saveImported: method<{ path: string }>()(z.strictObject({ path: pathSchema, document: journeyDocumentSchema })),
  // The user's own templates, kept in the user-data folder.
  /** Named versions kept beside the journey at `path`, newest first. */
  listVersions: method<JourneyVersion[]>()(listVersionsInput),
  /** Keeps `document` as a named version beside `path` (the author is the one in preferences). */
  saveVersion: method<JourneyVersion>()(saveVersionInput),
  /** One version's journey, to open read-only, compare or restore. */
  readVersion: method<VersionRead>()(readVersionInput),
  /** Another copy of the map merged into `document` from a version both keep; nothing is written. */
  mergeCopy: method<MergedCopyResult>()(mergeCopyInput),
  /** Another journey file, read (not opened: no lock, no recent entry) to compare the map with. */
  readJourneyCopy: method<JourneyCopy>()(readJourneyCopyInput),
  /** Writes a comparison of two maps as Markdown or PDF. */
  exportComparison: method<ExportedFile>()(exportComparisonInput),
  /** The conflicts a command-line merge left beside the map (`<map>.conflicts.json`), if any. */
  readMergeConflicts: method<MergeConflictsRead>()(mergeConflictsInput),
  /** Removes that file once its conflicts are settled; one that is not a valid conflicts file is left alone. */
  removeMergeConflicts: method<null>()(mergeConflictsInput),
  listTemplates: method<UserTemplate[]>()(noInput),
  saveTemplate: method<UserTemplate>()(saveTemplateInput),
  deleteTemplate: method<null>()(deleteTemplateInput),
  // A folder of maps as one workspace (File > Open folder…) and the links between its maps.
  openWorkspaceFolder: method<WorkspaceListing | null>()(workspaceInputs.openWorkspaceFolder),
  listWorkspace: method<WorkspaceListing | null>()(workspaceInputs.listWorkspace),
  resolveMapLinks: method<LinkResolution[]>()(workspaceInputs.resolveMapLinks),
  // Presenting (View > Present): the audience's window on a second display, kept in step through main.
  openAudienceWindow: method<AudienceWindowOutcome>()(presentationInputs.openAudienceWindow),
  closeAudienceWindow: method<null>()(presentationInputs.closeAudienceWindow),
  relayPresentation: method<null>()(presentationInputs.relayPresentation),
  setFullScreen: method<null>()(presentationInputs.setFullScreen),
  // The workspace around a map (shared/ipc/portfolio.ts): shared personas, the roll-up, survey metrics.
  /** The workspace folder of a map (or the fixed one, without a map); null when there is none. */
  workspaceOf: method<WorkspaceFolder>()(workspaceOfInput),
  readPersonaLibrary: method<LibraryRead>()(personaLibraryInput),
  /** Adds or replaces a library entry; with `propagate`, also rewrites the workspace's other maps that copy it. */
  putSharedPersona: method<SharedPersonaWrite>()(putSharedPersonaInput),
  readRollup: method<Rollup>()(rollupInput),
  /** Edits an opportunity in a map no window has open, through the safe save. */
  editRollupCard: method<null>()(editRollupCardInput),
  /** A survey table's cells, read in the import worker within the import limits. */
  readMetricsTable: method<MetricsTable>()(metricsTableInput),
  // A live workshop (phones on the room's network); main hosts it, the window facilitates.
  listWorkshopAddresses: method<WorkshopAddress[]>()(workshopInputs.listWorkshopAddresses),
  startWorkshop: method<WorkshopSnapshot>()(workshopInputs.startWorkshop),
  watchWorkshop: method<WorkshopSnapshot | null>()(workshopInputs.watchWorkshop),
  workshopJoinInfo: method<WorkshopJoin>()(workshopInputs.workshopJoinInfo),
  triageWorkshopNote: method<null>()(workshopInputs.triageWorkshopNote),
  setWorkshopLocked: method<null>()(workshopInputs.setWorkshopLocked),
  removeWorkshopParticipant: method<null>()(workshopInputs.removeWorkshopParticipant),
  restoreWorkshopParticipant: method<null>()(workshopInputs.restoreWorkshopParticipant),
  openVotingRound: method<null>()(workshopInputs.openVotingRound),
  setRoundItems: method<null>()(workshopInputs.setRoundItems),
  closeVotingRound: method<null>()(workshopInputs.closeVotingRound),
  revealVotingRound: method<null>()(workshopInputs.revealVotingRound),
  setWorkshopStages: method<null>()(workshopInputs.setWorkshopStages),
  setWorkshopJourney: method<null>()(workshopInputs.setWorkshopJourney),
  endWorkshop: method<WorkshopSnapshot | null>()(workshopInputs.endWorkshop),
  listResumableWorkshops: method<ResumableWorkshop[]>()(workshopInputs.listResumableWorkshops),
  resumeWorkshop: method<WorkshopSnapshot>()(workshopInputs.resumeWorkshop),
  // Co-editing the map with other laptops, on the workshop's relay (host) or connected to one (guest).
  joinCoedit: method<null>()(coeditInputs.joinCoedit),
  leaveCoedit: method<null>()(coeditInputs.leaveCoedit),
  setCoeditOnline: method<null>()(coeditInputs.setCoeditOnline),
  pushCoedit: method<null>()(coeditInputs.pushCoedit),
  watchCoedit: method<CoeditWatch>()(coeditInputs.watchCoedit),
  setCoeditPresence: method<null>()(coeditInputs.setCoeditPresence),
// `satisfies` makes the compiler check this declares exactly the methods methods.ts names.
} as const satisfies Record<MethodName, { input: z.ZodType; output: unknown }>;

export type IpcContract = typeof ipcContract;
export { METHOD_NAMES, type MethodName };
export type MethodInput<M extends MethodName> = z.input<IpcContract[M]['input']>;
export type MethodOutput<M extends MethodName> = IpcContract[M]['output'];

export const channelOf = (method: MethodName): string => `waymark:${method}`;

/** Commands main sends to a window (from the menu or a close request). */
/** Editor actions the Edit, View and Help menus trigger in the focused window. */
export const EDITOR_COMMANDS = ['undo', 'redo', 'delete', 'duplicate', 'selectAllInLane', 'zoomIn', 'zoomOut', 'zoomReset', 'zoomFit', 'zoomSelection', 'shortcuts'] as const;
export type EditorCommand = (typeof EDITOR_COMMANDS)[number];

export const menuCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('editor'), command: z.enum(EDITOR_COMMANDS) }),
  z.strictObject({ type: z.literal('save') }),
  z.strictObject({ type: z.literal('saveAs') }),
  z.strictObject({ type: z.literal('saveAndClose') }),
  /** The window closes during a live workshop and the facilitator chose to end it: keep its results, save, then close. */
  z.strictObject({ type: z.literal('endWorkshopAndClose') }),
  z.strictObject({ type: z.literal('openPath'), path: pathSchema }),
  z.strictObject({ type: z.literal('exportMap') }),
  z.strictObject({ type: z.literal('importFile') }),
  /** The language changed (in another window or the menu): every window switches. */
  z.strictObject({ type: z.literal('setLanguage'), language: z.enum(SUPPORTED_LANGUAGES) }),
  z.strictObject({ type: z.literal('present') }),
  /** View > Live Workshop…: start a workshop for the map, or show its panel. */
  z.strictObject({ type: z.literal('workshop') }),
  /** File > Open folder…: the window asks main for a workspace folder. */
  z.strictObject({ type: z.literal('openFolder') }),
  presentationCommandSchema,
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;
export const MENU_COMMAND_CHANNEL = 'waymark:menu-command';

/** The object the preload puts on `window.waymark`, and the preview bridge imitates. */
export type WaymarkApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
} & {
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

export type ApiMethods = Omit<WaymarkApi, 'onMenuCommand'>;

