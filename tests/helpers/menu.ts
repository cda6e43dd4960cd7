import type { MenuItemConstructorOptions } from 'electron';
import type { AppLanguage } from '../../main/app-language';
import { buildMenuTemplate, type MenuActions } from '../../main/menu';
import type { Language } from '../../shared/i18n/languages';

/** What View > Language items were clicked, in order. */
export const chosenLanguages: Language[] = [];

const actions = (language: AppLanguage): MenuActions => ({
  newJourney() {}, open() {}, openPath() {}, clearRecent() {}, save() {}, saveAs() {}, exportMap() {}, importFile() {}, editor() {}, present() {},
  language: { current: language.language, choose: (l) => void chosenLanguages.push(l) },
});

/** The menu Electron would show now (the template is plain data): top-level labels, items by id, View > Language. */
export function menuOf(language: AppLanguage) {
  const template = buildMenuTemplate(language.i18n.t.bind(language.i18n), [], actions(language), 'linux');
  const submenus = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
  const languages = submenus.find((i) => i.id === 'language');
  const choices = (Array.isArray(languages?.submenu) ? languages.submenu : []) as MenuItemConstructorOptions[];
  return {
    top: template.map((m) => m.label),
    item: (id: string) => submenus.find((i) => i.id === id)?.label,
    roleLabel: (role: string) => submenus.find((i) => i.role === role)?.label,
    language: languages?.label,
    choices: choices.map((i) => ({ label: i.label, checked: i.checked })),
    choose: (label: string) => choices.find((i) => i.label === label)?.click?.({} as never, undefined, {} as never),
  };
}
