import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';

const CLI = new URL('../../out/cli/waymark.js', import.meta.url).pathname;

/** A git repository in `folder` whose journeys merge and diff through `waymark`, configured as README says. */
export async function journeyRepository(folder: string) {
  const git = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)('git', args, { cwd: folder });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  await git('init', '-q', '-b', 'main');
  await git('config', 'user.email', 'consultant@example.org');
  await git('config', 'user.name', 'Consultant');
  await git('config', 'merge.waymark.name', 'Waymark journey merge');
  await git('config', 'merge.waymark.driver', `"${process.execPath}" "${CLI}" merge %O %A %B -o %A --name %P`);
  await git('config', 'diff.waymark.command', `"${process.execPath}" "${CLI}" diff`);
  await writeFile(join(folder, '.gitattributes'), '*.journey merge=waymark diff=waymark\n');
  const commit = async (doc: JourneyDocument, message: string) => {
    await writeFile(join(folder, 'Map.journey'), serializeJourney(doc));
    await git('add', 'Map.journey', '.gitattributes');
    await git('commit', '-q', '-m', message);
  };
  return { git, commit };
}
