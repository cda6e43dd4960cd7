import type { MethodName, MethodOutput } from '../../shared/ipc/contract';
import type { IpcError } from '../../shared/ipc/result';
import { pathsIn } from './path-fields';
import { fileGrant, folderGrant, type Access, type Grant, type PathGrants } from './path-grants';

/**
 * The path fields that take a file chosen only to be read (an import's source). Every other
 * path field needs a file the window may write, so a method added later is strict by default.
 */
const READ_FIELDS: Partial<Record<MethodName, readonly string[]>> = {
  previewImport: ['path'],
  readMetricsTable: ['path'],
};

const accessOf = (method: MethodName, field: readonly string[]): Access =>
  field.length === 1 && READ_FIELDS[method]?.includes(field[0] ?? '') ? 'read' : 'write';

/**
 * What each answer grants the window that asked: the paths the user chose in a dialog, the
 * recent files, a file opened from the system (the launch intent) or restored from a journal,
 * the workspace folder, a map's workspace, and a granted map's links that resolved inside it.
 */
const OUTPUT_GRANTS: { [M in MethodName]?: (value: MethodOutput<M>) => Grant[] } = {
  getLaunchIntent: (intent) => (intent.kind === 'open' ? [fileGrant(intent.path)] : []),
  chooseOpenPath: (path) => (path === null ? [] : [fileGrant(path)]),
  chooseSavePath: (path) => (path === null ? [] : [fileGrant(path)]),
  chooseExportPath: (path) => (path === null ? [] : [fileGrant(path)]),
  chooseImportPath: (path) => (path === null ? [] : [fileGrant(path, 'read')]),
  listRecent: (files) => files.map((file) => fileGrant(file.path)),
  restoreRecovery: (entry) => (entry.path === null ? [] : [fileGrant(entry.path)]),
  openWorkspaceFolder: (listing) => (listing === null ? [] : [folderGrant(listing.folder)]),
  listWorkspace: (listing) => (listing === null ? [] : [folderGrant(listing.folder)]),
  workspaceOf: ({ folder }) => (folder === null ? [] : [folderGrant(folder)]),
  resolveMapLinks: (links) => links.flatMap((link) => (link.state === 'ok' ? [fileGrant(link.path)] : [])),
};

/** Records what `method`'s answer grants the window. */
export function grantFromOutput(grants: PathGrants, windowId: number, method: MethodName, value: unknown): void {
  const rule = OUTPUT_GRANTS[method] as ((value: unknown) => Grant[]) | undefined;
  for (const grant of rule?.(value) ?? []) grants.grant(windowId, grant);
}

/**
 * The refusal for the first path in the payload the window was not granted, or null when
 * every one is: checked for every method, before its handler runs.
 */
export async function refuseUngranted(grants: PathGrants, windowId: number, method: MethodName, payload: unknown): Promise<IpcError | null> {
  for (const { field, path } of pathsIn(method, payload)) {
    const use = field.kind === 'folder' ? { kind: 'folder' as const } : { kind: 'file' as const, access: accessOf(method, field.at) };
    if (await grants.allows(windowId, path, use)) continue;
    const message = use.kind === 'folder'
      ? 'the folder was not opened in this window (File > Open Folder…, or the open map’s workspace), so Waymark does not read it'
      : `the file was not chosen in this window${use.access === 'write' ? ' to be written' : ''} (with Open, Save As, Export, Import, Open Recent or the open workspace), so Waymark neither reads nor writes it`;
    return { code: 'not-granted', message: `${method} refused: ${message}`, file: path };
  }
  return null;
}
