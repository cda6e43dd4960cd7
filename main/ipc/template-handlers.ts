import type { TemplateStore } from '../services/template-store';
import type { Handlers } from './handlers';

type TemplateMethods = 'listTemplates' | 'saveTemplate' | 'deleteTemplate';

/** The user's own templates over IPC; without a store (some tests) the list is empty and saving is refused. */
export function templateHandlers(store: TemplateStore | undefined): Pick<Handlers, TemplateMethods> {
  const required = (): TemplateStore => {
    if (!store) throw new Error('templates cannot be saved here');
    return store;
  };
  return {
    listTemplates: async () => (store ? store.list() : []),
    saveTemplate: async ({ name, document }) => required().save(name, document),
    deleteTemplate: async ({ id }) => {
      await required().remove(id);
      return null;
    },
  };
}
