import { defineConfig } from 'vite';
import { exportAssetsPlugin } from './main/exchange/export-assets-plugin';

/** The `waymark` command line (check, preview, export, import): one node bundle with its libraries inside. */
export default defineConfig({
  plugins: [exportAssetsPlugin()],
  build: {
    ssr: 'main/cli/waymark.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'waymark.js', banner: '#!/usr/bin/env node' } },
  },
  ssr: { noExternal: true },
});
