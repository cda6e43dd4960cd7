import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The Excalidraw peer page, built on its own into out/bench/excalidraw-page. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../../out/bench/excalidraw-page', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 10_000,
  },
});
