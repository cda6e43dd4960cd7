import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts exports embed, from npm packages that ship them: Noto Sans (the editor's font) as
 * TTF for PDF and PNG, its web subsets (woff2) for SVG and HTML, and monochrome Noto Emoji so
 * emoji are drawn, not dropped; and resvg's WebAssembly build, which draws PNGs without a
 * native binary or a browser. The build copies these files next to the bundle (`export-assets/`).
 */
export const TTF_FILES = {
  regular: { pkg: '@expo-google-fonts/noto-sans', file: '400Regular/NotoSans_400Regular.ttf' },
  bold: { pkg: '@expo-google-fonts/noto-sans', file: '700Bold/NotoSans_700Bold.ttf' },
  emoji: { pkg: '@expo-google-fonts/noto-emoji', file: '400Regular/NotoEmoji_400Regular.ttf' },
} as const;
export type TtfName = keyof typeof TTF_FILES;

/** Web font families split by unicode range, as fontsource publishes them. */
export const WEB_FONT_PACKAGES = {
  'Noto Sans': { pkg: '@fontsource/noto-sans', prefix: 'noto-sans', weights: [400, 700] },
  'Noto Emoji': { pkg: '@fontsource/noto-emoji', prefix: 'noto-emoji', weights: [400] },
} as const;
export type WebFamily = keyof typeof WEB_FONT_PACKAGES;

/** Where a packaged file lives inside the bundle's `export-assets/` folder. */
export const bundledName = (pkg: string, file: string): string => `${pkg.replace('@', '').replace('/', '-')}/${file}`;

export const RESVG_WASM = { pkg: '@resvg/resvg-wasm', file: 'index_bg.wasm' } as const;

/** Every file the exports need, as package and file inside it: the build copies exactly these. */
export function bundledAssetList(packageDir: (pkg: string) => string): { pkg: string; file: string }[] {
  const ttf = Object.values(TTF_FILES).map(({ pkg, file }) => ({ pkg, file }));
  const web = Object.values(WEB_FONT_PACKAGES).flatMap(({ pkg, prefix, weights }) => {
    const ranges = JSON.parse(readFileSync(join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<string, string>;
    const subsets = Object.keys(ranges).map((key) => key.replace(/^\[(\d+)\]$/, '$1'));
    return [
      { pkg, file: 'unicode.json' },
      ...subsets.flatMap((subset) => weights.map((w) => ({ pkg, file: `files/${prefix}-${subset}-${w}-normal.woff2` }))),
    ];
  });
  return [...ttf, ...web, RESVG_WASM];
}

const require = createRequire(import.meta.url);

/** The folder of an installed font package (in development and tests). */
export function installedPackageDir(pkg: string): string {
  // Resolved through the package's entry: some packages do not export their package.json.
  const entry = require.resolve(pkg);
  const marker = join('node_modules', pkg);
  const at = entry.lastIndexOf(marker);
  return at >= 0 ? entry.slice(0, at + marker.length) : dirname(entry);
}

/** Where an asset is: in the bundle's `export-assets/` folder, or in node_modules when running from source. */
export function bundledAssetPath(pkg: string, file: string): string {
  // Beside the entry bundle, or one folder up when this code landed in a shared chunk.
  for (const folder of [import.meta.dirname, dirname(import.meta.dirname)]) {
    const bundled = join(folder, 'export-assets', bundledName(pkg, file));
    if (existsSync(bundled)) return bundled;
  }
  return join(installedPackageDir(pkg), file);
}

export const readBundledAsset = (pkg: string, file: string): Buffer => readFileSync(bundledAssetPath(pkg, file));
