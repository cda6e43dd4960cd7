import { applyChanges } from '../../shared/document/changes';
import { addCard } from '../../shared/document/commands/cards';
import { en } from '../../shared/i18n/locales/en';
import { createJourney, type TemplateId, type Translate } from '../../shared/templates/templates';
import type { JourneyDocument } from '../../shared/document/schema';

/** English look-up straight from the source strings, with {{name}} interpolation. */
export const englishT: Translate = (key, options) => {
  let value: unknown = en;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`no English string for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? ''));
};

export const journeyFrom = (template: TemplateId): JourneyDocument => createJourney(template, englishT);

/**
 * An 8-stage map as a team fills it in a first session: a card or two a stage with the curve
 * set, and one stage (Purchase) filled in more, so some lanes are taller than most stages need.
 */
export function sparseJourney8(): JourneyDocument {
  let doc = journeyFrom('journey8');
  const lane = (kind: string) => doc.lanes.find((l) => l.kind === kind)!.id;
  const add = (kind: string, stageId: string, text: string) => {
    doc = applyChanges(doc, addCard(doc, { laneId: lane(kind), stageId }, text).changes);
  };
  doc.stages.forEach((stage, i) => {
    add('actions', stage.id, `Looks at option ${i + 1}`);
    if (i % 3 === 0) add('touchpoints', stage.id, `Touchpoint ${i + 1}`);
    add(i % 2 === 0 ? 'painPoints' : 'opportunities', stage.id, i % 2 === 0 ? `Friction ${i + 1}` : `Idea ${i + 1}`);
    if (i === 3) {
      for (const thought of ['Is this the final price?', 'Can I pay by invoice?']) add('thoughts', stage.id, thought);
      for (const pain of ['Checkout asks for an account', 'Delivery cost shown late']) add('painPoints', stage.id, pain);
      add('opportunities', stage.id, 'Guest checkout');
    }
  });
  const values = [1, 0, -1, -2, 1, 2, 0, 1];
  doc = { ...doc, emotionPoints: doc.emotionPoints.map((p) => ({ ...p, value: values[doc.stages.findIndex((s) => s.id === p.stageId)] ?? 0 })) };
  return doc;
}
