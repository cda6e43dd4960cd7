import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { exportAssetsPlugin } from './main/exchange/export-assets-plugin';

/** The Noto Sans files the first draw waits for: the subsets FONT_SAMPLE (renderer/canvas/theme.ts) touches. */
const FIRST_DRAW_FONTS = /^assets\/noto-sans-(latin|latin-ext|greek|vietnamese)-(400|700)-normal-[\w-]+\.woff2$/;

/**
 * Links in the page's head for what the first draw needs, so the browser asks for them while
 * it parses the page instead of when the first script runs: the app's chunk (renderer/mount.tsx,
 * loaded with import() so the first script can ask for the file first) with the chunks it
 * imports, and the font files (they would otherwise queue behind the file that main is busy opening).
 */
function preloadFirstDraw(): Plugin {
  return {
    name: 'waymark:preload-first-draw',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const outputs = Object.values(bundle ?? {});
        const chunks = outputs.filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/renderer/mount.tsx'));
        if (!app) throw new Error('preload-first-draw: no chunk for renderer/mount.tsx');
        const fonts = outputs.filter((asset) => asset.type === 'asset' && FIRST_DRAW_FONTS.test(asset.fileName));
        if (fonts.length !== 8) throw new Error(`preload-first-draw: expected 8 font files, found ${fonts.length}`);
        // The chunks the app's chunk imports (the bundler's runtime): import() waits for them too.
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const imported = app.imports.filter((file) => !entries.has(file));
        return [
          ...[app.fileName, ...imported].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
          ...fonts.map((font) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${font.fileName}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/**
 * fflate's Node build declares a top-level `var require = createRequire('/')`. electron-vite's
 * ESM shim adds `const require` to every chunk that calls require(), so a chunk holding fflate
 * would fail to load ("Identifier 'require' has already been declared") once fflate shares a
 * chunk (the app and the `waymark` command line share the main build's chunks). Named apart here.
 */
function fflateOwnRequire(): Plugin {
  return {
    name: 'waymark:fflate-own-require',
    transform(code, id) {
      if (!/[\\/]fflate[\\/]esm[\\/]index\.mjs$/.test(id)) return null;
      const renamed = code.replace("var require = createRequire('/');", "var fflateRequire = createRequire('/');").replace("_a = require('worker_threads')", "_a = fflateRequire('worker_threads')");
      if (!renamed.includes('var fflateRequire') || !renamed.includes("fflateRequire('worker_threads')")) throw new Error('fflate-own-require: fflate\'s Node build changed; check how it loads worker_threads');
      return { code: renamed, map: null };
    },
  };
}

export default defineConfig({
  main: {
    plugins: [exportAssetsPlugin(), fflateOwnRequire()],
    // Workers off the main thread: exports (big PNGs and PDFs), imports, and the live workshop's relay.
    // entry.ts starts the app (index.ts) or, when a `waymark` launcher ran the executable, the command line.
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          entry: resolve('main/entry.ts'),
          index: resolve('main/index.ts'),
          'export-worker': resolve('main/exchange/export-worker.ts'),
          'import-worker': resolve('main/exchange/import-worker.ts'),
          'workshop-worker': resolve('main/workshop/workshop-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve('main/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), preloadFirstDraw()],
    // electron-vite leaves the renderer unminified by default; a smaller bundle parses sooner.
    // One stylesheet, linked from the page: the app's chunk then waits for no stylesheet of its
    // own, which the page would only ask for once its first script ran.
    build: { outDir: 'out/renderer', minify: true, cssCodeSplit: false, rollupOptions: { input: resolve('renderer/index.html') } },
  },
});
