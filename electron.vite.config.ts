import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { exportAssetsPlugin } from './main/exchange/export-assets-plugin';

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
    plugins: [react()],
    // electron-vite leaves the renderer unminified by default; a smaller bundle parses sooner.
    build: { outDir: 'out/renderer', minify: true, rollupOptions: { input: resolve('renderer/index.html') } },
  },
});
