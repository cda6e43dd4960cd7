import { defineConfig } from 'vite';

/** The `waymark` command line (check, preview): one node bundle with its libraries inside. */
export default defineConfig({
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
