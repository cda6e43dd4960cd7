import type { ApiMethods } from './contract';
import type { Result } from './result';

/**
 * The names of the calls the renderer can make to main, without their payload schemas, so a
 * window's first script can start asking for its file before the schemas (zod) have loaded.
 * contract.ts declares a schema for each, and the compiler checks the two lists match.
 */
export const METHOD_NAMES = [
  'getLaunchIntent', 'openJourney', 'saveJourney', 'closeJourney', 'checkFileOnDisk',
  'writeRecovery', 'discardRecovery', 'releaseRecovery', 'listRecovery', 'restoreRecovery',
  'chooseOpenPath', 'chooseSavePath', 'listRecent', 'clearRecent', 'getPreferences', 'setPreferences', 'setWindowState',
  'chooseExportPath', 'exportJourney', 'chooseImportPath', 'previewImport', 'saveImported',
  'listTemplates', 'saveTemplate', 'deleteTemplate',
  'listVersions', 'saveVersion', 'readVersion', 'mergeCopy',
  'openWorkspaceFolder', 'listWorkspace', 'resolveMapLinks',
  'readJourneyCopy', 'exportComparison', 'readMergeConflicts', 'removeMergeConflicts',
  'openAudienceWindow', 'closeAudienceWindow', 'relayPresentation', 'setFullScreen',
  'workspaceOf', 'readPersonaLibrary', 'putSharedPersona', 'readRollup', 'editRollupCard', 'readMetricsTable',
  'listWorkshopAddresses', 'startWorkshop', 'watchWorkshop', 'workshopJoinInfo', 'triageWorkshopNote', 'setWorkshopLocked',
  'removeWorkshopParticipant', 'restoreWorkshopParticipant', 'openVotingRound', 'setRoundItems', 'closeVotingRound', 'revealVotingRound',
  'setWorkshopStages', 'setWorkshopJourney', 'endWorkshop', 'listResumableWorkshops', 'resumeWorkshop',
  'joinCoedit', 'leaveCoedit', 'setCoeditOnline', 'pushCoedit', 'watchCoedit', 'setCoeditPresence',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** Builds the method half of the API from one transport function (ipcRenderer.invoke, or fetch). */
export function createApiMethods(call: Transport): ApiMethods {
  const methods: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const method of METHOD_NAMES) methods[method] = (input) => call(method, input);
  // Filled for every method name; main validates every request's payload anyway.
  return methods as unknown as ApiMethods;
}
