import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type * as Fuses from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { listPackage } = require('@electron/asar') as { listPackage(path: string, options: object): string[] };
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as typeof Fuses;
const root = new URL('../../', import.meta.url).pathname;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * electron-builder packs for real into a folder target, against a stand-in Electron binary
 * (the real one downloads from outside the registry). The stand-in carries a fuse wire with
 * every fuse on, as a stock Electron does, so the fuse flipping is checked byte for byte.
 */
describe('packaging with electron-builder', () => {
  const work = mkdtemp(join(tmpdir(), 'waymark-pack-'));
  afterAll(async () => rm(await work, { recursive: true, force: true }));

  it('puts only the build output and sharp in app.asar, sharp unpacked, and flips the security fuses', async () => {
    const dir = await work;
    const dist = join(dir, 'electron-dist');
    await mkdir(join(dist, 'resources'), { recursive: true });
    const wire = Buffer.from([1, 8, ...Array<number>(8).fill(0x31)]);
    await writeFile(join(dist, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n# ${SENTINEL}`), wire]), { mode: 0o755 });
    const out = join(dir, 'out');
    await promisify(execFile)(
      process.execPath,
      [require.resolve('electron-builder/cli.js'), '--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${out}`],
      { cwd: root, env: { ...process.env, CI: 'true' } },
    );
    const files = listPackage(join(out, 'linux-unpacked', 'resources', 'app.asar'), {});
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');
    // The live workshop's participant page, which main serves to phones.
    expect(files).toContain('/out/phone/index.html');
    // Besides the build output, only sharp (native: exports decode WebP with it) and what it loads.
    expect(files.filter((f) => !/^\/(out\/(main|preload|renderer|phone)(\/|$)|out$|package\.json$|node_modules$|node_modules\/(sharp|@img|detect-libc|semver)(\/|$))/.test(f))).toEqual([]);
    expect(files).toContain('/node_modules/sharp/package.json');
    // Its addon and libvips are unpacked (a native library cannot load from inside an asar), and complete: plain node loads them and decodes a WebP.
    const unpacked = join(out, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', 'sharp');
    const decode = "const s=require(process.argv[1]);s({create:{width:8,height:8,channels:3,background:'#D55E00'}}).webp().toBuffer().then((w)=>s(w).png().toBuffer()).then((p)=>process.stdout.write(p.subarray(1,4).toString()))";
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', decode, unpacked], { cwd: dir });
    expect(stdout).toBe('PNG');

    const fuses = await getCurrentFuseWire(join(out, 'linux-unpacked', 'waymark'));
    const on = 49;
    const off = 48;
    expect(fuses[FuseV1Options.RunAsNode]).toBe(off);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(off);
  });
});
