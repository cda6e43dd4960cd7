import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The participant page of a live workshop (renderer/phone): its own small bundle in out/phone,
 * which the workshop server (main/workshop/phone-page.ts) serves to phones on the room's network.
 * Relative links (base './'), since it lives below /w/<CODE>/; no inline script, for its CSP.
 */
export default defineConfig({
  root: 'renderer/phone',
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve('out/phone'),
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    // Nothing inlined as data: URLs, so the page's CSP can stay with 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: { input: resolve('renderer/phone/index.html') },
  },
});
