import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const CLI = new URL('../../out/cli/waymark.js', import.meta.url).pathname;

export interface PreviewProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no exit handler runs, as when the machine crashes or the OS kills the app. */
  kill(): Promise<void>;
}

/** `waymark preview` as its own process (the built CLI), so a test can kill it like a crashed app. */
export async function startPreviewProcess(folder: string, userData: string, extraArgs: readonly string[] = []): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [CLI, 'preview', '--dir', folder, '--port', '0', '--user-data', userData, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((done, failed) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^Waymark preview: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43})$/.exec(line);
      if (match) done(match[1]!);
    });
    void exited.then(() => failed(new Error(`the preview exited before serving: ${stderr}`)));
  });
  return {
    url,
    child,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
