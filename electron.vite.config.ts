import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { exportAssetsPlugin } from './main/exchange/export-assets-plugin';

/**
 * The page's first script loads the app's chunk (renderer/mount.tsx) with import(), so that it
 * can ask for the file first; a modulepreload link lets the browser fetch and compile that chunk
 * while the first script is still arriving, instead of after it has run.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'waymark:preload-app-chunk',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const app = Object.values(bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/renderer/mount.tsx'));
        if (!app) throw new Error('preload-app-chunk: no chunk for renderer/mount.tsx');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${app.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  main: {
    plugins: [exportAssetsPlugin()],
    // The export worker renders big PNGs and PDFs off the main thread (main/exchange/export-worker.ts).
    build: { outDir: 'out/main', rollupOptions: { input: { index: resolve('main/index.ts'), 'export-worker': resolve('main/exchange/export-worker.ts') } } },
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
    plugins: [react(), preloadAppChunk()],
    // electron-vite leaves the renderer unminified by default; a smaller bundle parses sooner.
    build: { outDir: 'out/renderer', minify: true, rollupOptions: { input: resolve('renderer/index.html') } },
  },
});
