import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { AppLanguage } from '../../main/app-language';
import { createHandlers } from '../../main/ipc/handlers';
import { buildMenuTemplate } from '../../main/menu';
import { startAppServices } from '../../main/services/app-services';
import { SettingsStore } from '../../main/services/settings-store';
import type { Language } from '../../shared/i18n/languages';
import { noDialogs, oneWindow } from '../helpers/handlers';
import { chosenLanguages as chosen, menuOf } from '../helpers/menu';
import { useTempFolders } from '../helpers/temp-folder';

describe('main follows the language', () => {
  const folder = useTempFolders();

  it('starts in the OS language when nothing was chosen, and in the remembered choice after', () => {
    expect(new AppLanguage(['de-DE', 'pl-PL'], undefined).language).toBe('pl');
    expect(new AppLanguage(['pl-PL'], 'el').language).toBe('el');
    expect(new AppLanguage(['fi-FI'], undefined).language).toBe('en');
  });

  it('builds the whole menu in the chosen language, with View > Language listing each language by its own name', () => {
    const menu = menuOf(new AppLanguage(['ro-RO'], undefined));
    expect(menu.top).toEqual(['Fișier', 'Editare', 'Vizualizare', 'Fereastră', 'Ajutor']);
    expect(menu.item('new')).toBe('Hartă nouă');
    expect(menu.item('selectAllInLane')).toBe('Selectează tot rândul');
    expect(menu.language).toBe('Limbă');
    expect(menu.choices).toEqual([
      { label: 'English', checked: false }, { label: 'Svenska', checked: false }, { label: 'Polski', checked: false },
      { label: 'Română', checked: true }, { label: 'Ελληνικά', checked: false },
    ]);
    menu.choose('Ελληνικά');
    expect(chosen).toEqual(['el']);
  });

  it('names every item, Electron’s role items too (they would be in English otherwise)', () => {
    const language = new AppLanguage(['el-GR'], undefined);
    const unnamed = (items: readonly MenuItemConstructorOptions[]): string[] => items.flatMap((i) => [
      ...(i.type === 'separator' || i.label ? [] : [String(i.role ?? i.id)]),
      ...(Array.isArray(i.submenu) ? unnamed(i.submenu) : []),
    ]);
    const template = buildMenuTemplate(language.i18n.t.bind(language.i18n), [], { newJourney() {}, open() {}, openPath() {}, clearRecent() {}, save() {}, saveAs() {}, exportMap() {}, importFile() {}, editor() {}, present() {} }, 'linux');
    expect(unnamed(template)).toEqual([]);
    expect(['cut', 'copy', 'paste', 'minimize'].map((id) => menuOf(language).roleLabel(id))).toEqual(['Αποκοπή', 'Αντιγραφή', 'Επικόλληση', 'Ελαχιστοποίηση']);
  });

  it('switches without a restart when a window sets the preference, and says so once', async () => {
    const userData = await folder();
    const services = await startAppServices(userData);
    const handlers = createHandlers({ ...services, dialogs: noDialogs, windows: oneWindow });
    const language = new AppLanguage(['en-GB'], (await services.settings.get()).language);
    services.settings.onPreferencesChanged((p) => void language.apply(p));
    const heard: Language[] = [];
    language.onChange((l) => heard.push(l));
    expect(menuOf(language).top).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);

    await handlers.setPreferences({ language: 'pl' }, { windowId: 1 });
    await handlers.setPreferences({ autosave: false }, { windowId: 1 });
    await expect.poll(() => menuOf(language).top).toEqual(['Plik', 'Edycja', 'Widok', 'Okno', 'Pomoc']);
    expect(menuOf(language).choices.find((c) => c.checked)?.label).toBe('Polski');
    expect(heard).toEqual(['pl']);
    await services.stop();

    // Remembered: the next start reads it back.
    const next = new SettingsStore(userData);
    expect((await next.preferences()).language).toBe('pl');
    expect(new AppLanguage(['en-GB'], (await next.get()).language).language).toBe('pl');
  });
});
