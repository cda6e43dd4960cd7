import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { JourneyFileError } from '../../shared/document/errors';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { journeyVersionSchema, type JourneyVersion } from '../../shared/ipc/versions';
import { writeFileAtomic } from './atomic-write';
import { sha256 } from './fingerprint';
import { JourneyRepository } from './journey-repository';

/**
 * Named versions of a journey live beside it in `<Name>.journey.versions/`: each one a plain,
 * complete journey file (readable, diffable, openable like any map), and `versions.json`
 * listing them. Kept apart from the journey so that a save writes only the map: inside the
 * file, ten versions of a 10,000-card map would make every save write 22 MB instead of 2.
 */
export const VERSIONS_SUFFIX = '.versions';
const INDEX = 'versions.json';

export const versionsFolderFor = (journeyPath: string): string => `${journeyPath}${VERSIONS_SUFFIX}`;

const indexSchema = z.strictObject({
  format: z.literal('waymark.versions'),
  formatVersion: z.literal(1),
  versions: z.array(journeyVersionSchema).max(10_000),
});

export type { JourneyVersion };

export interface NewVersion { name: string; note: string; author: string; review?: boolean }

/** A file name from the date and the version's name: sortable, and safe on every file system. */
function fileNameFor(createdAt: string, name: string): string {
  const slug = name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'version';
  return `${createdAt.replace(/[:.]/g, '-')}--${slug}.journey`;
}

export class VersionStore {
  private readonly repository = new JourneyRepository();

  /** The journey's versions, newest first; none when it has no versions folder yet. */
  async list(journeyPath: string): Promise<JourneyVersion[]> {
    let text: string;
    try {
      text = await readFile(join(versionsFolderFor(journeyPath), INDEX), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed = indexSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new JourneyFileError('invalid', `the list of versions of ${basename(journeyPath)} is damaged; its version files are still there`, INDEX);
    return [...parsed.data.versions].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  /** Keeps `document` as a new version: its file first, then the list (crash-safe, each alone). */
  async save(journeyPath: string, document: JourneyDocument, meta: NewVersion, now = new Date()): Promise<JourneyVersion> {
    const folder = versionsFolderFor(journeyPath);
    const createdAt = now.toISOString();
    const text = serializeJourney(document);
    const version: JourneyVersion = {
      id: randomUUID(), name: meta.name, note: meta.note, author: meta.author, createdAt, review: meta.review ?? false,
      file: fileNameFor(createdAt, meta.name), sha256: sha256(text), cards: document.cards.length,
    };
    const versions = await this.list(journeyPath);
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(join(folder, version.file), text, { backup: false });
    const index = { format: 'waymark.versions', formatVersion: 1, versions: [...versions].reverse().concat(version) } satisfies z.infer<typeof indexSchema>;
    await writeFileAtomic(join(folder, INDEX), `${JSON.stringify(index, null, 2)}\n`, { backup: false });
    return version;
  }

  /** A version's journey, read and validated as any journey file is. */
  async read(journeyPath: string, id: string): Promise<{ version: JourneyVersion; document: JourneyDocument }> {
    const version = (await this.list(journeyPath)).find((v) => v.id === id);
    if (!version) throw new JourneyFileError('not-found', `${basename(journeyPath)} has no version ${id}`);
    const { document } = await this.repository.open(join(versionsFolderFor(journeyPath), version.file));
    return { version, document };
  }
}
