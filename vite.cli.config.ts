import { defineConfig } from 'vite';
import { exportAssetsPlugin } from './main/exchange/export-assets-plugin';

/** The `waymark` command line (check, preview, export, import): one node bundle with its libraries inside. */
export default defineConfig({
  plugins: [exportAssetsPlugin()],
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      // The export worker is built here too, so tests run the bundled worker without Electron.
      input: { waymark: 'main/cli/waymark.ts', 'export-worker': 'main/exchange/export-worker.ts' },
      output: { entryFileNames: '[name].js', banner: (chunk) => (chunk.name === 'waymark' ? '#!/usr/bin/env node' : '') },
    },
  },
  ssr: { noExternal: true },
});
