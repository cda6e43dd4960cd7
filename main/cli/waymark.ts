import { runWaymarkSafely } from './run';

/** The package's `waymark` bin under node (npm run build writes it to out/cli/waymark.js). */
const output = { out: (line: string) => process.stdout.write(`${line}\n`), err: (line: string) => process.stderr.write(`${line}\n`) };

void runWaymarkSafely(process.argv.slice(2), { folder: import.meta.dirname }, output).then((code) => {
  process.exitCode = code;
});
