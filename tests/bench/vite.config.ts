import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The benchmark runner as one node script, out/bench/run.js (libraries stay in node_modules).
 * It sits as deep as tests/bench, so its `new URL('../../out/…', import.meta.url)` paths hold.
 */
export default defineConfig({
  build: {
    ssr: fileURLToPath(new URL('run.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../../out/bench', import.meta.url)),
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'run.js' } },
  },
});
