import type { Translate } from '../../shared/templates/templates';

/** What drawMap needs in the export's language: card marks and a service blueprint's line labels. */
export const mapDrawOptions = (t: Translate, language: string) => ({
  language,
  markText: (key: string) => t(key),
  blueprintLabels: {
    interaction: t('exchange.blueprint.interaction'),
    visibility: t('exchange.blueprint.visibility'),
    internalInteraction: t('exchange.blueprint.internalInteraction'),
  },
});
