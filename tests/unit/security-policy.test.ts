import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../main/csp';
import { appResponse } from '../../main/security/app-response';
import { externalLinkFrom, navigationAllowed, permissionAllowed, requestAllowed, windowOpenDecision } from '../../main/security/policy';
import { useTempFolders } from '../helpers/temp-folder';

const APP = 'app://waymark';
const DISPOSITIONS = ['default', 'foreground-tab', 'background-tab', 'new-window', 'other'] as const;

describe('links to the system browser', () => {
  it('accepts http and https links with a host, normalised', () => {
    expect(externalLinkFrom('https://example.com/a b?q=1#x')).toBe('https://example.com/a%20b?q=1#x');
    expect(externalLinkFrom('HTTP://Example.com')).toBe('http://example.com/');
  });

  it.each([
    'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>', 'app://waymark/index.html', 'smb://server/share',
    'ms-msdt:/id', 'vscode://x', 'mailto:a@b.c', 'https://user:pass@example.com/', 'https://user@bank.example', 'not a url', '', 'https://',
  ])('refuses %s', (url) => {
    expect(externalLinkFrom(url)).toBeNull();
  });

  it('refuses every scheme but http(s), whatever the rest of the URL', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/), fc.webUrl(), (scheme, url) => {
        fc.pre(scheme !== 'http' && scheme !== 'https');
        expect(externalLinkFrom(url.replace(/^https?/, scheme))).toBeNull();
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('never opens a window; sends only a clicked web link to the browser', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), fc.constantFrom(...DISPOSITIONS), (url, disposition) => {
        const decision = windowOpenDecision({ url, disposition });
        expect(decision.action).toBe('deny');
        const clicked = disposition === 'foreground-tab' || disposition === 'background-tab';
        expect(decision.openExternally).toBe(clicked ? externalLinkFrom(url) : null);
      }),
      { numRuns: 500 },
    );
    expect(windowOpenDecision({ url: 'https://example.com/', disposition: 'foreground-tab' }).openExternally).toBe('https://example.com/');
    expect(windowOpenDecision({ url: 'https://example.com/', disposition: 'new-window' }).openExternally).toBeNull();
    expect(windowOpenDecision({ url: 'file:///etc/passwd', disposition: 'foreground-tab' }).openExternally).toBeNull();
  }, 60_000);
});

describe('navigation, permissions and requests', () => {
  it('denies every navigation and every permission', () => {
    fc.assert(fc.property(fc.oneof(fc.webUrl(), fc.string()), (url) => { expect(navigationAllowed(url)).toBe(false); }));
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'hid', 'serial', 'usb']) {
      expect(permissionAllowed(permission)).toBe(false);
    }
  }, 60_000);

  it('lets through only the app’s own origin and inline data', () => {
    expect(requestAllowed('app://waymark/index.html', APP)).toBe(true);
    expect(requestAllowed('app://waymark/assets/index-abc.js', APP)).toBe(true);
    expect(requestAllowed('data:font/woff2;base64,AAAA', APP)).toBe(true);
    expect(requestAllowed('blob:app://waymark/1234', APP)).toBe(true);
    for (const url of ['app://waymark.evil.com/x', 'app://evil/index.html', 'app://user@waymark/x', 'file:///etc/passwd', 'ws://127.0.0.1:1/', 'http://127.0.0.1/']) {
      expect(requestAllowed(url, APP)).toBe(false);
    }
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => { expect(requestAllowed(url, APP)).toBe(false); }), { numRuns: 500 });
  }, 60_000);

  it('allows the dev server’s origin in development, and no other port', () => {
    expect(requestAllowed('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(requestAllowed('http://localhost:5174/src/main.tsx', 'http://localhost:5173')).toBe(false);
  });
});

describe('app:// responses', () => {
  const tempFolder = useTempFolders();

  it('serve the renderer with the CSP header on every answer, 404 included, and nothing outside the renderer', async () => {
    const root = await tempFolder();
    const renderer = join(root, 'renderer');
    await mkdir(renderer);
    await writeFile(join(renderer, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'secret.txt'), 'secret');
    const csp = contentSecurityPolicy("'none'");
    const page = await appResponse(renderer, 'app://waymark/index.html');
    expect(page).toMatchObject({ status: 200, headers: { 'content-security-policy': csp, 'content-type': 'text/html; charset=utf-8' } });
    for (const url of ['app://waymark/../secret.txt', 'app://waymark/%2e%2e/secret.txt', 'app://waymark/..%2fsecret.txt', 'app://other/index.html', 'app://waymark/missing.js']) {
      const answer = await appResponse(renderer, url);
      expect(answer.status, url).toBe(404);
      expect(answer.headers['content-security-policy']).toBe(csp);
    }
  });
});
