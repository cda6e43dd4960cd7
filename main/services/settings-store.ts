import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPatch } from '../../shared/ipc/preferences';
import { writeFileAtomic } from './atomic-write';
import { readTextChecked } from './journey-file-adapter';
import { journeyName } from './journey-repository';

export const MAX_RECENT = 10;

const settingsSchema = z.object({
  language: z.string().max(35).optional(),
  autosave: z.boolean().optional(),
  author: z.string().max(120).optional(),
  recentFiles: z
    .array(z.strictObject({ path: z.string().min(1).max(4096), openedAt: z.string().max(40) }))
    .max(MAX_RECENT)
    .default([]),
});
export type Settings = z.infer<typeof settingsSchema>;
const defaults = (): Settings => ({ recentFiles: [] });

/** Settings as JSON in the user-data folder. An unreadable file falls back to defaults. */
class SettingsAdapter implements Adapter<Settings> {
  constructor(private readonly path: string) {}

  async read(): Promise<Settings | null> {
    if (!existsSync(this.path)) return null;
    try {
      return settingsSchema.parse(JSON.parse(await readTextChecked(this.path, 1024 * 1024)));
    } catch {
      return null;
    }
  }

  async write(data: Settings): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, `${JSON.stringify(data, null, 2)}\n`, { backup: false });
  }
}

export interface RecentEntry { path: string; name: string; openedAt: string; exists: boolean }

/**
 * Recent files and preferences, kept with lowdb in `<userData>/settings.json`. Windows change
 * them at the same moment (two files opened at once), so every change reads and replaces the
 * data in one synchronous step, and writes go to disk one after another, each with the data
 * as it is by then: the file always ends up with every change.
 */
export class SettingsStore {
  private readonly db: Low<Settings>;
  private loaded: Promise<void> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly preferenceListeners = new Set<(preferences: Preferences) => void>();

  constructor(userDataFolder: string) {
    this.db = new Low(new SettingsAdapter(join(userDataFolder, 'settings.json')), defaults());
  }

  private async ready(): Promise<Settings> {
    this.loaded ??= this.db.read();
    await this.loaded;
    return this.db.data;
  }

  /** Applies `change` to the data as it is now, then writes it after any write already under way. */
  private async change(change: (data: Settings) => Settings): Promise<void> {
    await this.ready();
    this.db.data = change(this.db.data);
    const written = this.writing.then(() => this.db.write());
    this.writing = written.catch(() => undefined);
    await written;
  }

  async get(): Promise<Settings> {
    return structuredClone(await this.ready());
  }

  async setLanguage(language: string): Promise<void> {
    await this.change((data) => ({ ...data, language }));
  }

  async preferences(): Promise<Preferences> {
    const data = await this.ready();
    return {
      autosave: data.autosave ?? DEFAULT_PREFERENCES.autosave,
      ...(data.language ? { language: data.language } : {}),
      ...(data.author ? { author: data.author } : {}),
    };
  }

  async setPreferences(patch: PreferencesPatch): Promise<Preferences> {
    await this.change((data) => ({ ...data, ...patch }));
    const preferences = await this.preferences();
    for (const listener of this.preferenceListeners) listener(preferences);
    return preferences;
  }

  /** Called after every change of preferences, whoever made it (a window, the menu). */
  onPreferencesChanged(listener: (preferences: Preferences) => void): () => void {
    this.preferenceListeners.add(listener);
    return () => this.preferenceListeners.delete(listener);
  }

  async addRecent(path: string, now: Date = new Date()): Promise<void> {
    await this.change((data) => {
      const others = data.recentFiles.filter((r) => r.path !== path);
      return { ...data, recentFiles: [{ path, openedAt: now.toISOString() }, ...others].slice(0, MAX_RECENT) };
    });
  }

  async clearRecent(): Promise<void> {
    await this.change((data) => ({ ...data, recentFiles: [] }));
  }

  async listRecent(): Promise<RecentEntry[]> {
    const data = await this.ready();
    return data.recentFiles.map((r) => ({ ...r, name: journeyName(r.path), exists: existsSync(r.path) }));
  }
}
