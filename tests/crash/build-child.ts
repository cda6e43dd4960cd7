import { join } from 'node:path';
import { build, type Plugin } from 'vite';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The child never exports or imports maps, and those handlers load PDF, spreadsheet and font
 * libraries that add about a second to every start (200 starts per run). The build gives the
 * child a stand-in for that one module; every file and save path stays the real one.
 */
const withoutExchange: Plugin = {
  name: 'crash-child-without-exchange',
  enforce: 'pre',
  load(id) {
    return id.endsWith('/main/exchange/exchange-handlers.ts') ? 'export const exchangeHandlers = () => ({});' : null;
  },
};

/**
 * Bundles save-child.ts with Waymark's real main-process code into one node script, the
 * way vite.cli.config.ts bundles the CLI, so the child starts fast without a TypeScript loader.
 */
export async function buildSaveChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [withoutExchange],
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
