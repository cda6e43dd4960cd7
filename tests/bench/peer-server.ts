import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readStaticFile } from '../../main/static-files';

export interface PeerServer { url: string; close(): Promise<void> }

const PAGE = fileURLToPath(new URL('../../out/bench/excalidraw-page', import.meta.url));
/** Excalidraw's own fonts, served from the installed package (its asset path points here). */
const EXCALIDRAW_ASSETS = fileURLToPath(new URL('../../node_modules/@excalidraw/excalidraw/dist/prod', import.meta.url));

/**
 * Serves the built Excalidraw page, its fonts and the benchmark's scene files on 127.0.0.1,
 * uncached like the Waymark preview, so both pages load the same way.
 */
export async function startPeerServer(filesFolder: string): Promise<PeerServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const file = path.startsWith('/files/')
        ? await readStaticFile(filesFolder, path.slice('/files'.length))
        : ((await readStaticFile(PAGE, path)) ?? (await readStaticFile(EXCALIDRAW_ASSETS, path)));
      response.writeHead(file ? 200 : 404, { 'content-type': file?.contentType ?? 'text/plain', 'cache-control': 'no-store' });
      response.end(file?.body ?? 'not found');
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the peer server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
