import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { LIMITS } from '../../shared/document/limits';
import { IMPORT_EXTENSIONS } from '../../shared/exchange/formats';
import { fail } from '../../shared/ipc/result';
import { AppLanguage } from '../app-language';
import { contentSecurityPolicy } from '../csp';
import { importInWorker, readTableInWorker } from '../exchange/import-in-worker';
import { dispatch, isMethodName } from '../ipc/dispatch';
import { createHandlers, type Dialogs, type WindowRegistry } from '../ipc/handlers';
import { pathsIn } from '../ipc/path-fields';
import { folderGrant, PathGrants } from '../ipc/path-grants';
import { startAppServices } from '../services/app-services';
import { JOURNEY_EXTENSION, journeyName } from '../services/journey-repository';
import { fixedWorkspace } from '../services/workspace-folders';
import { WorkspaceIndex } from '../services/workspace-index';
import { readStaticFile } from '../static-files';
import { workshopInWorker, workshopWorkerBeside, type WorkshopThreadStats } from '../workshop/workshop-in-worker';
import { newAccessToken, PreviewAccess, TOKEN_PARAM } from './access-token';
import { resolvesInsideFolder, resolvesToFolderOrInside } from './folder-guard';

export interface PreviewOptions {
  folder: string;
  rendererDir: string;
  /** The bundled import worker: imports are read there, as in Electron. Without it, in this thread. */
  importWorker?: URL;
  /** The bundled workshop worker: the live workshop runs there, as in Electron. By default the one beside this bundle (out/cli). */
  workshopWorker?: URL;
  port?: number;
  userDataFolder?: string;
  /** Connections (16) and participants (3) one address may have; for tests whose phones all come from one loopback address. */
  workshopPhonesPerAddress?: number;
}

export interface PreviewServer {
  /** The address to open: it carries the server's token (`?token=…`), without which nothing is served. */
  url: string;
  close(): Promise<void>;
  /** For process exit: lets go of file locks without waiting. */
  releaseLocksSync(): void;
  /** The workshop thread's heap and load (for the bench). */
  workshopStats(): Promise<WorkshopThreadStats>;
}

/** The preview's one page, as a window id. */
const PAGE = 1;

/** Dialogs are drawn by the page itself in preview; main never shows one. */
const noDialogs: Dialogs = {
  chooseOpenPath: () => Promise.reject(new Error('the preview page shows its own file picker')),
  chooseSavePath: () => Promise.reject(new Error('the preview page shows its own file picker')),
};

/** The preview has one page and no window chrome. */
const singlePage: WindowRegistry = {
  launchIntent: () => ({ kind: 'start' }),
  windowWithPath: () => undefined,
  focus: () => undefined,
  setState: () => undefined,
};

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy("'self'"),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}
const sendJson = (response: ServerResponse, value: unknown) => send(response, 200, 'application/json', JSON.stringify(value));

const NO_TOKEN = 'this preview needs the address it printed, which carries its token';
/** 403 and nothing done. The page's bridge reads a result from the data endpoints, so those get one. */
function forbidden(response: ServerResponse, data: boolean): void {
  if (data) send(response, 403, 'application/json', JSON.stringify(fail({ code: 'forbidden', message: NO_TOKEN })));
  else send(response, 403, 'text/plain', `forbidden: ${NO_TOKEN}`);
}

/** How deep the picker looks into the folder's subfolders, and how many journeys it lists at most. */
const LIST_DEPTH = 3;
const LIST_MAX = 500;
/** What the picker lists: journeys to open or save over, or files to import. */
type PickerFiles = 'journeys' | 'imports';

/**
 * The files the picker offers (journeys, or the files an import reads): in the folder and its
 * subfolders (clients' folders, a project's `maps/`), named by their place in it; links count
 * when they really lead to a file inside the folder. Hidden files and folders are left out.
 */
async function listFiles(folder: string, offer: PickerFiles) {
  const wanted = (name: string) => (offer === 'journeys' ? name.endsWith(JOURNEY_EXTENSION) : IMPORT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(`.${e}`)));
  const shown = (name: string) => (offer === 'journeys' ? journeyName(name) : name);
  const files: { name: string; path: string }[] = [];
  const visit = async (dir: string, prefix: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || files.length >= LIST_MAX) continue;
      const path = join(dir, e.name);
      const kind = e.isSymbolicLink() && (await resolvesInsideFolder(folder, path)) ? await stat(path).catch(() => null) : e;
      if (kind?.isFile() && wanted(e.name)) files.push({ name: `${prefix}${shown(e.name)}`, path });
      else if (kind?.isDirectory() && !e.isSymbolicLink() && depth < LIST_DEPTH && e.name !== 'node_modules') await visit(path, `${prefix}${e.name}/`, depth + 1);
    }
  };
  await visit(folder, '', 0);
  return { folder, separator: sep, files: files.sort((a, b) => a.name.localeCompare(b.name)) };
}

/**
 * Serves the built renderer on 127.0.0.1 with the same handlers Electron registers, over
 * real files in `folder`. The page's bridge posts to /api/<method>; /preview/files feeds its
 * in-page file picker. Requests naming a path outside the folder are refused, by name or where
 * links lead (folder-guard.ts).
 *
 * Every request needs the server's token: in the printed URL, or in the HttpOnly, SameSite=Strict
 * cookie the first page load with that URL sets (the page is then redirected to the same address
 * without the token, so it stays out of history and of the page's reach). Another local process
 * that only knows the port gets 403 for everything. The built renderer's files hold no user data
 * and could be served to anyone, but nothing needs them without the cookie, and one rule for all
 * requests leaves no list of exceptions to keep right.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const folder = resolve(options.folder);
  const userData = options.userDataFolder ?? join(tmpdir(), `waymark-preview-${createHash('sha1').update(folder).digest('hex').slice(0, 12)}`);
  const services = await startAppServices(userData);
  // Exported labels follow the language chosen in the page, as they do in Electron.
  const language = new AppLanguage([process.env['LC_ALL'] ?? process.env['LANG'] ?? 'en'], (await services.settings.get()).language);
  services.settings.onPreferencesChanged((preferences) => void language.apply(preferences));
  const t = language.i18n.t.bind(language.i18n);
  const { importWorker } = options;
  const exchange = {
    t, language: () => language.i18n.language,
    ...(importWorker ? {
      readImport: (path: string) => importInWorker(path, { script: importWorker, language: language.i18n.language, t }),
      readTable: (path: string) => readTableInWorker(path, { script: importWorker, language: language.i18n.language, t }),
    } : {}),
  };
  // Its browser tests run phones on loopback, so the preview also offers 127.0.0.1 (Electron never does).
  // The phone page is built beside the renderer (out/phone next to out/renderer).
  const phonesPerAddress = options.workshopPhonesPerAddress;
  const workshop = workshopInWorker(options.workshopWorker ?? workshopWorkerBeside(import.meta.dirname), {
    workshopsFolder: join(userData, 'workshops'), allowLoopback: true, phonePageFolder: join(options.rendererDir, '..', 'phone'),
    ...(phonesPerAddress === undefined ? {} : { limits: { connectionsPerAddress: phonesPerAddress, participantsPerAddress: phonesPerAddress } }),
  });
  // The folder served is the page's workspace; its index's cache lives with the preview's user data.
  const workspace = { folders: fixedWorkspace(folder), index: new WorkspaceIndex(join(userData, 'workspace-index')) };
  const handlers = createHandlers({
    ...services, dialogs: noDialogs, windows: singlePage, exchange, workshop, workspace,
    // The workspace is the folder; a link in it that leads outside is neither read nor written.
    workspaceRoot: folder, workspaceReaches: (path) => resolvesInsideFolder(folder, path),
  });

  // The page picks any file of the folder in its own picker: the folder is granted to it whole.
  const grants = new PathGrants();
  grants.grant(PAGE, folderGrant(folder, 'all'));

  let origin = '';
  const token = newAccessToken();
  let access: PreviewAccess | undefined = undefined; // once the port is known
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', origin);
      // A page from any other origin (or a rebinding DNS name) gets nothing.
      const sameHost = request.headers.host === new URL(origin).host;
      const sameOrigin = request.headers.origin === undefined || request.headers.origin === origin;
      if (!sameHost || !sameOrigin) return send(response, 403, 'text/plain', 'forbidden');
      // Before anything is read or written: the token in the URL, else the cookie.
      const data = url.pathname.startsWith('/api/') || url.pathname.startsWith('/preview/');
      const presented = url.searchParams.get(TOKEN_PARAM);
      const allowed = presented !== null ? access?.matches(presented) : access?.cookieAllows(request.headers.cookie);
      if (!access || !allowed) return forbidden(response, data);
      if (presented !== null && !data && request.method === 'GET') {
        // The first page load: the token becomes the cookie, and leaves the address bar.
        url.searchParams.delete(TOKEN_PARAM);
        response.writeHead(303, { location: `${url.pathname}${url.search}`, 'set-cookie': access.setCookie(), 'cache-control': 'no-store' });
        return response.end();
      }
      if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
        if (!request.headers['content-type']?.startsWith('application/json')) return send(response, 415, 'text/plain', 'json only');
        let payload: unknown;
        try {
          payload = JSON.parse(await readBody(request, LIMITS.fileBytes * 2));
        } catch {
          return sendJson(response, fail({ code: 'bad-payload', message: 'the request body is not JSON' }));
        }
        // The --dir guard, on every path field the contract declares (path-fields.ts), before the grant check.
        const method = url.pathname.slice('/api/'.length);
        for (const { field, path } of isMethodName(method) ? pathsIn(method, payload) : []) {
          const inside = field.kind === 'folder' ? await resolvesToFolderOrInside(folder, path) : await resolvesInsideFolder(folder, path);
          if (!inside) return sendJson(response, fail({ code: 'outside-folder', message: `the preview only reaches files in ${folder}`, file: path }));
        }
        return sendJson(response, await dispatch(handlers, method, payload, { windowId: PAGE, grants }));
      }
      if (request.method === 'GET' && url.pathname === '/preview/files') return sendJson(response, await listFiles(folder, url.searchParams.get('kind') === 'imports' ? 'imports' : 'journeys'));
      if (request.method !== 'GET') return send(response, 405, 'text/plain', 'method not allowed');
      const file = await readStaticFile(options.rendererDir, url.pathname);
      if (!file) return send(response, 404, 'text/plain', 'not found');
      return send(response, 200, file.contentType, file.body);
    })().catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain', error instanceof Error ? error.message : 'error');
    });
  });
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  access = new PreviewAccess(token, address.port);
  return {
    url: `${origin}/?${TOKEN_PARAM}=${token}`,
    close: async () => {
      // A map joined from another laptop: its connection (and its retries) end with the server.
      await handlers.leaveCoedit({}, { windowId: 0 });
      await workshop.close();
      await new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); });
      await services.stop();
    },
    releaseLocksSync: () => services.locks.releaseAllSync(),
    workshopStats: () => workshop.threadStats(),
  };
}
