import type { MethodInput, MethodName } from '../../shared/ipc/contract';
import { journeyFrom } from './journeys';

/** One valid payload per method; the type makes a new method fail to compile until it has one. */
export function validPayloads(path: string, folder = path): { [M in MethodName]: MethodInput<M> } {
  const fingerprint = { mtimeMs: 1, size: 2, sha256: 'a'.repeat(64) };
  const document = journeyFrom('blank');
  return {
    getLaunchIntent: {}, openJourney: { path }, saveJourney: { path, document, baseline: fingerprint }, closeJourney: { path },
    checkFileOnDisk: { path, baseline: fingerprint }, chooseOpenPath: {}, chooseSavePath: { suggestedName: 'Map' }, listRecent: {}, clearRecent: {},
    getPreferences: {}, setPreferences: { autosave: true }, setWindowState: { title: 'Map', dirty: false, path: null },
    writeRecovery: { id: 'journal-1', path, name: 'Map', editedAt: '2026-01-01T10:00:00.000Z', baseline: null, document },
    discardRecovery: { id: 'journal-1' }, releaseRecovery: { id: 'journal-1' }, listRecovery: {}, restoreRecovery: { id: 'journal-1' },
    chooseExportPath: { suggestedName: 'Map', format: 'pdf' }, exportJourney: { path, document, options: { format: 'csv' } },
    chooseImportPath: {}, previewImport: { path }, saveImported: { path, document },
    listTemplates: {}, saveTemplate: { name: 'Workshop starter', document }, deleteTemplate: { id: 'template-1' },
    listVersions: { path }, saveVersion: { path, document, name: 'Workshop 1', note: '' }, readVersion: { path, id: '00000000-0000-4000-8000-000000000000' },
    mergeCopy: { path, document, otherPath: path, base: { kind: 'file', path } },
    openWorkspaceFolder: {}, listWorkspace: {}, resolveMapLinks: { path, links: ['detail/Checkout.journey'] },
    readJourneyCopy: { path }, exportComparison: { path, format: 'md', before: { label: 'Before', document }, after: { label: 'After', document } },
    readMergeConflicts: { path }, removeMergeConflicts: { path },
    openAudienceWindow: { sessionId: 'session-1' }, closeAudienceWindow: { sessionId: 'session-1' },
    relayPresentation: { sessionId: 'session-1', message: { kind: 'action', action: { type: 'next' } } }, setFullScreen: { fullScreen: true },
    workspaceOf: { mapPath: path }, readPersonaLibrary: { mapPath: path },
    putSharedPersona: { mapPath: path, entry: { id: 'shared-1', name: 'Ana' }, propagate: true }, readRollup: { folderPath: folder },
    editRollupCard: { mapPath: path, cardId: 'card-1', patch: { status: 'done' } }, readMetricsTable: { path },
    listWorkshopAddresses: {}, startWorkshop: { journeyPath: path, title: 'Map', stages: [{ id: 'stage-1', name: 'Awareness' }], voteBudget: 5, addresses: ['192.168.1.20'] },
    watchWorkshop: { after: 0, waitMs: 0 }, workshopJoinInfo: {}, triageWorkshopNote: { key: 'p1/n1', status: 'accepted', into: 'card-1' },
    setWorkshopLocked: { locked: true }, removeWorkshopParticipant: { participantId: 'p1', drop: false }, restoreWorkshopParticipant: { participantId: 'p1' },
    openVotingRound: { items: [{ item: 'card-1', text: 'Slow replies', kind: 'painPoint' }, { item: 'p1/n1', text: 'Queue', kind: 'note' }], budget: 3, seconds: 120 },
    setRoundItems: { items: [{ item: 'card-1', text: 'Slow replies', kind: 'painPoint' }] }, closeVotingRound: {}, revealVotingRound: {},
    setWorkshopStages: { stages: [{ id: 'stage-1', name: 'Awareness' }] },
    setWorkshopJourney: { journeyPath: path, title: 'Map' }, endWorkshop: {}, listResumableWorkshops: {}, resumeWorkshop: { workshopId: 'w1' },
    joinCoedit: { address: '127.0.0.1', port: 4000, code: 'ABCD-1234' }, leaveCoedit: {}, setCoeditOnline: { online: false },
    pushCoedit: { update: 'AAA=' }, watchCoedit: { after: -1, waitMs: 0 },
    setCoeditPresence: { state: { name: 'Anna', colour: 0, selection: [], pointer: null, typing: null } },
  };
}
