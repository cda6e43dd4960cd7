import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { exportAssetsPlugin } from './main/exchange/export-assets-plugin';

/** `out/cli/waymark.js` is the package's bin: the build writes it anew, without the run bit, so this puts it back. */
function executableEntry(fileName: string): Plugin {
  return {
    name: 'waymark:executable-entry',
    async writeBundle(options, bundle) {
      if (!(fileName in bundle)) throw new Error(`executable-entry: no ${fileName} in the bundle`);
      await chmod(join(options.dir ?? 'out/cli', fileName), 0o755);
    },
  };
}

/** The `waymark` command line (check, preview, export, import): one node bundle with its libraries inside (but sharp, native). */
export default defineConfig({
  plugins: [exportAssetsPlugin(), executableEntry('waymark.js')],
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      // The workers are built here too, so the preview and the tests run the bundled workers without Electron.
      input: {
        waymark: 'main/cli/waymark.ts',
        'export-worker': 'main/exchange/export-worker.ts',
        'import-worker': 'main/exchange/import-worker.ts',
        'workshop-worker': 'main/workshop/workshop-worker.ts',
      },
      // sharp loads libvips, a native library per platform, from its @img/* packages: it cannot be bundled.
      external: ['sharp'],
      output: { entryFileNames: '[name].js', banner: (chunk) => (chunk.name === 'waymark' ? '#!/usr/bin/env node' : '') },
    },
  },
  ssr: { noExternal: true },
});
