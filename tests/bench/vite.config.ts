import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const entry = (name: string) => fileURLToPath(new URL(`${name}.ts`, import.meta.url));

/**
 * The benchmark runner as node scripts in out/bench (libraries stay in node_modules): run.js,
 * and the relay-attack bench's preview process and attackers' thread beside it. They sit as
 * deep as tests/bench, so their `new URL('../../out/…', import.meta.url)` paths hold.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL('../../out/bench', import.meta.url)),
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { run: entry('run'), 'relay-preview': entry('relay-preview'), 'relay-load': entry('relay-load') },
      output: { entryFileNames: '[name].js' },
    },
  },
});
