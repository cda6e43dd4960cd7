import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export type Write = (line: string) => void;
export interface CommandOutput { out: Write; err: Write }

/**
 * A command's options and its one file argument, or null after saying what is wrong (the
 * command then exits 2). `--out` is required by every command that takes a file.
 */
export function commandArgs<const O extends Options>(command: string, args: string[], options: O, usage: string, write: Write) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true as const, strict: true as const });
  } catch (error) {
    write(`waymark ${command}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const [source, ...extra] = parsed.positionals;
  const out = (parsed.values as Record<string, unknown>)['out'];
  if (!source || extra.length > 0 || typeof out !== 'string') {
    write(`waymark ${command}: ${usage}`);
    return null;
  }
  return { values: parsed.values, source, out };
}
