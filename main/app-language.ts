import type { i18n as I18n } from 'i18next';
import { createI18n, resolveLanguage, type Language } from '../shared/i18n/i18n';
import type { Preferences } from '../shared/ipc/preferences';

/**
 * Main's language: the one the user chose, else the operating system's. It follows changes
 * of preferences at once (from any window or the menu), so menus and dialogs switch without
 * a restart; listeners rebuild the menu and tell every window.
 */
export class AppLanguage {
  readonly i18n: I18n;
  private readonly listeners = new Set<(language: Language) => void>();

  constructor(private readonly systemLocales: readonly string[], chosen: string | undefined) {
    this.i18n = createI18n(resolveLanguage(chosen, systemLocales));
  }

  get language(): Language {
    return resolveLanguage(this.i18n.language, this.systemLocales);
  }

  /** Takes the language from `preferences`; listeners hear of it only when it changed. */
  async apply(preferences: Preferences): Promise<void> {
    const next = resolveLanguage(preferences.language, this.systemLocales);
    if (next === this.language) return;
    await this.i18n.changeLanguage(next);
    for (const listener of this.listeners) listener(next);
  }

  onChange(listener: (language: Language) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
