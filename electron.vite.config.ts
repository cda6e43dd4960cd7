import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { exportAssetsPlugin } from './main/exchange/export-assets-plugin';

export default defineConfig({
  main: {
    plugins: [exportAssetsPlugin()],
    build: { outDir: 'out/main', rollupOptions: { input: { index: resolve('main/index.ts') } } },
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
    build: { outDir: 'out/renderer', rollupOptions: { input: resolve('renderer/index.html') } },
  },
});
