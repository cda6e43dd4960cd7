import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Bundles save-child.ts with Waymark's real main-process code into one node script, the
 * way vite.cli.config.ts bundles the CLI, so the child starts fast without a TypeScript loader.
 */
export async function buildSaveChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      ssr: join(root, 'tests/crash/save-child.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'save-child.mjs', format: 'es' } },
    },
    ssr: { noExternal: true },
  });
  return join(outDir, 'save-child.mjs');
}
