import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { bundledAssetList, bundledName, installedPackageDir } from './bundled-assets';

/**
 * Copies the fonts and the resvg WebAssembly that exports need next to a node bundle
 * (`export-assets/`), so the packaged app and the CLI carry them without node_modules.
 */
export function exportAssetsPlugin(): Plugin {
  return {
    name: 'waymark-export-assets',
    apply: 'build',
    generateBundle() {
      for (const { pkg, file } of bundledAssetList(installedPackageDir)) {
        this.emitFile({ type: 'asset', fileName: `export-assets/${bundledName(pkg, file)}`, source: readFileSync(join(installedPackageDir(pkg), file)) });
      }
    },
  };
}
