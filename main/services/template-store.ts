import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { newId } from '../../shared/document/ids';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { MAX_USER_TEMPLATES, type UserTemplate } from '../../shared/ipc/templates';
import { writeFileAtomic } from './atomic-write';
import { readTextChecked } from './journey-file-adapter';

const EXTENSION = '.journey';
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The user's own templates: one journey file each in `<userData>/templates`, named by id,
 * the template's name being the journey's title. Files are read like any journey (migrated
 * and validated); one that cannot be read is left out of the list, not deleted.
 */
export class TemplateStore {
  readonly folder: string;

  constructor(userDataFolder: string) {
    this.folder = join(userDataFolder, 'templates');
  }

  private pathOf(id: string): string {
    if (!ID_PATTERN.test(id)) throw new Error(`not a template id: ${id}`);
    return join(this.folder, `${id}${EXTENSION}`);
  }

  async list(): Promise<UserTemplate[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const ids = names.filter((n) => n.endsWith(EXTENSION) && ID_PATTERN.test(n.slice(0, -EXTENSION.length))).map((n) => n.slice(0, -EXTENSION.length));
    const read = await Promise.all(ids.map((id) => this.read(id)));
    return read.filter((t): t is UserTemplate => t !== null).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  private async read(id: string): Promise<UserTemplate | null> {
    const path = this.pathOf(id);
    try {
      const document = parseJourneyText(await readTextChecked(path));
      return { id, name: document.journey.title, savedAt: (await stat(path)).mtime.toISOString(), document };
    } catch {
      return null;
    }
  }

  /** Saves `document` as a new template called `name`; the map itself is not changed. */
  async save(name: string, document: JourneyDocument): Promise<UserTemplate> {
    const existing = (await readdir(this.folder).catch(() => [])).filter((n) => n.endsWith(EXTENSION));
    if (existing.length >= MAX_USER_TEMPLATES) throw new Error(`you can keep up to ${MAX_USER_TEMPLATES} templates; delete one first`);
    await mkdir(this.folder, { recursive: true });
    const id = newId();
    const template: JourneyDocument = { ...document, journey: { ...document.journey, title: name.trim() } };
    const path = this.pathOf(id);
    await writeFileAtomic(path, serializeJourney(template), { backup: false });
    return { id, name: template.journey.title, savedAt: (await stat(path)).mtime.toISOString(), document: parseJourneyText(serializeJourney(template)) };
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }
}
