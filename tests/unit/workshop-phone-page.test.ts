import { request } from 'node:http';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkshopHost } from '../../main/workshop/host';
import { lazyPhonePageHandler, phonePageHandler } from '../../main/workshop/phone-page';
import { LOOPBACK, startHost } from '../helpers/workshop-clients';
import { useTempFolders } from '../helpers/temp-folder';

const tempFolder = useTempFolders();
const hosts: WorkshopHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.end()));
});

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A request with the path sent exactly as given (no normalising of ../ or %2e by the client). */
function fetchRaw(port: number, path: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: LOOPBACK, port, path, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A stand-in for out/phone (the real build is served in tests/e2e/workshop-phone.test.ts), with a secret beside it. */
async function builtPage() {
  const root = await tempFolder();
  const page = join(root, 'phone');
  await mkdir(join(page, 'assets'), { recursive: true });
  await writeFile(join(page, 'index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script>');
  await writeFile(join(page, 'assets', 'app.js'), 'console.log("phone")');
  await writeFile(join(page, 'assets', 'app.css'), 'body{}');
  await writeFile(join(page, 'assets', 'app.js.map'), '{}');
  await writeFile(join(page, 'LICENSE.txt'), 'licence');
  await writeFile(join(root, 'secret.json'), '{"secret":"SECRET-7f3a"}');
  await symlink(join(root, 'secret.json'), join(page, 'assets', 'linked.json'));
  return { root, page };
}

async function serve() {
  const { root, page } = await builtPage();
  const host = await startHost(await tempFolder(), { page: await phonePageHandler(page) });
  hosts.push(host);
  const { port, code } = await host.joinInfo();
  return { root, page, port, code };
}

describe('the participant page at the workshop routes', () => {
  it('sends the join address to the page folder, and serves the page with a strict CSP', async () => {
    const { port, code } = await serve();
    const join = await fetchRaw(port, `/w/${code}`);
    expect(join.status).toBe(308);
    expect(join.headers.location).toBe(`/w/${code}/`);
    // A code typed in lower case lands on the room's own address.
    expect((await fetchRaw(port, `/w/${code.toLowerCase()}`)).headers.location).toBe(`/w/${code}/`);

    const index = await fetchRaw(port, `/w/${code}/`);
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['cache-control']).toBe('no-store');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // Connections only to the workshop's own socket address.
    expect(csp).toContain(`connect-src ws://${LOOPBACK}:${port};`);

    const script = await fetchRaw(port, `/w/${code}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("phone")');
    const head = await fetchRaw(port, `/w/${code}/assets/app.css`, 'HEAD');
    expect([head.status, head.body, head.headers['content-type']]).toEqual([200, '', 'text/css; charset=utf-8']);
  });

  it('answers 404 to everything else: listings, other files, ../ in any spelling, links out of the folder', async () => {
    const { page, port, code } = await serve();
    // Added after the handler read the folder: never served.
    await writeFile(join(page, 'assets', 'later.js'), 'late');
    const paths = [
      '/', '/index.html', '/assets/app.js', '/w/', `/w/${code}/index.html`,
      `/w/${code}/assets`, `/w/${code}/assets/`, `/w/${code}/assets/app.js.map`, `/w/${code}/LICENSE.txt`,
      `/w/${code}/../secret.json`, `/w/${code}/assets/../../secret.json`, `/w/${code}/assets/..%2f..%2fsecret.json`,
      `/w/${code}/%2e%2e/%2e%2e/secret.json`, `/w/${code}/assets/%2e%2e/index.html`, `/w/${code}//assets/app.js`,
      `/w/${code}/assets/app.js/`, `/w/${code}/assets/APP.JS`, `/w/${code}/assets/linked.json`, `/w/${code}/assets/later.js`,
      `/w/${code}/socket`, `/w/${code}/..`, `/w/${code}/.`, `/w/..%2f..%2fsecret.json/`, `/w/${code}/assets\\..\\..\\secret.json`,
      '/w/ZZZZZZ/', '/w/ZZZZZZ/assets/app.js',
    ];
    const answers = await Promise.all(paths.map(async (path) => [path, await fetchRaw(port, path)] as const));
    expect(answers.filter(([, answer]) => answer.status !== 404).map(([path, answer]) => `${path}: ${answer.status}`)).toEqual([]);
    expect(answers.some(([, answer]) => answer.body.includes('SECRET-7f3a') || answer.body.includes('late'))).toBe(false);
  });

  it('refuses a folder without a built page; the lazy hook answers 500 until the page is there', async () => {
    await expect(phonePageHandler(await tempFolder())).rejects.toThrow(/no participant page/);
    const folder = await tempFolder();
    const host = await startHost(await tempFolder(), { page: lazyPhonePageHandler(folder) });
    hosts.push(host);
    const { port, code } = await host.joinInfo();
    expect((await fetchRaw(port, `/w/${code}/`)).status).toBe(500);
    await writeFile(join(folder, 'index.html'), '<!doctype html>');
    expect((await fetchRaw(port, `/w/${code}/`)).status).toBe(200);
  });
});
