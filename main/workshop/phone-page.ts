/**
 * Serves the built participant page (out/phone: index.html and assets/) at the workshop's
 * routes, as the WorkshopServer's page hook.
 *
 *   /w/<CODE>          → 308 to /w/<CODE>/ (the page's relative asset links need the slash)
 *   /w/<CODE>/         → index.html
 *   /w/<CODE>/assets/x → that built file
 *
 * The folder is read once, into memory, when the handler is made: a request is looked up by
 * its exact path among those files, so no path (../, %2e%2e, a symbolic link added later, a
 * folder) can reach anything else, and there is no listing. Every answer carries a strict CSP:
 * scripts, styles and images from the page's own origin only, and connections only to the
 * workshop's own WebSocket.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import type { WorkshopPageHandler } from './server';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

interface PageFile { bytes: Buffer; type: string }

/** The headers of every file of the page; `host` is the Host header, which the server checked is one it listens on. */
export function phonePageHeaders(host: string, type: string): Record<string, string> {
  return {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'content-security-policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src ws://${host}`,
      "manifest-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  };
}

/** The files below `folder`, as paths relative to it with `/`. Walked by hand: Electron's asar reads support no recursive readdir. */
async function filesBelow(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    // Links are skipped, not followed: only what the build wrote is served.
    if (entry.isDirectory()) found.push(...(await filesBelow(folder, path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** Reads the built page in `folder` (out/phone) and returns the server's page hook for it. */
export async function phonePageHandler(folder: string): Promise<WorkshopPageHandler> {
  const files = new Map<string, PageFile>();
  for (const name of await filesBelow(folder)) {
    const type = CONTENT_TYPES[extname(name).toLowerCase()];
    // Only what the page is made of; anything else the build left (maps, licences) stays unserved.
    if (type === undefined) continue;
    files.set(`/${name}`, { bytes: await readFile(join(folder, name)), type });
  }
  if (!files.has('/index.html')) throw new Error(`workshop: no participant page in ${folder} (run the build)`);
  return ({ path, base, method, headers }, response) => {
    if (path === '') return redirect(response, `${base}/`);
    const file = files.get(path === '/' ? '/index.html' : path);
    // index.html only as the folder: one address for the page.
    if (!file || path === '/index.html') return false;
    response.writeHead(200, { ...phonePageHeaders(headers.host ?? '', file.type), 'content-length': String(file.bytes.length) });
    response.end(method === 'HEAD' ? undefined : file.bytes);
    return true;
  };
}

function redirect(response: ServerResponse, location: string): true {
  response.writeHead(308, { location, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'content-length': '0' });
  response.end();
  return true;
}

/**
 * The same hook, reading the folder at the first request: for wiring at startup without
 * waiting (main/index.ts, the preview server). A folder without a page answers 500 and is
 * tried again at the next request.
 */
export function lazyPhonePageHandler(folder: string): WorkshopPageHandler {
  let loading: Promise<WorkshopPageHandler> | null = null;
  return async (request, response) => {
    loading ??= phonePageHandler(folder).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return (await loading)(request, response);
  };
}

/** Where the build puts the page, next to the main bundle (out/main → out/phone; app.asar keeps the same layout). */
export const builtPhonePageFolder = (mainFolder: string) => join(mainFolder, '..', 'phone');
