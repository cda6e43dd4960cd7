import type { Card, JourneyDocument } from '../document/schema';
import { cardSchema } from '../document/schema';
import type { Translate } from '../templates/templates';

/** Where a card sits and what it looks like: shown by position, not listed as a field. */
const PLACEMENT = new Set(['id', 'stageId', 'stepId', 'laneId', 'order', 'text', 'colour', 'imageId']);

export interface CardField { key: string; label: string; value: string }

type Evidence = NonNullable<Card['evidence']>[number];
const describeEvidence = (e: Evidence) => [e.kind === 'quote' ? `“${e.text}”` : e.text, e.source, e.date].filter(Boolean).join(' — ');

/**
 * A card's filled-in fields as label and text, for reports (Markdown, HTML). Fields come from
 * the schema, so one added later shows too (under its own key until it gets a label).
 */
export function cardFields(card: Card, doc: JourneyDocument, t: Translate): CardField[] {
  const cardText = new Map(doc.cards.map((c) => [c.id, c.text]));
  const channel = new Map(doc.channels.map((c) => [c.id, c.name]));
  const record = card as Record<string, unknown>;
  return Object.keys(cardSchema.shape).flatMap((key) => {
    const value = record[key];
    if (PLACEMENT.has(key) || value === undefined || (Array.isArray(value) && value.length === 0)) return [];
    let text: string;
    if (key === 'channelId') text = channel.get(String(value)) ?? String(value);
    else if (key === 'links') text = (value as string[]).map((id) => cardText.get(id) ?? id).join('; ');
    else if (key === 'evidence') text = (value as Evidence[]).map(describeEvidence).join('; ');
    else if (Array.isArray(value)) text = value.map(String).join(', ');
    else if (typeof value === 'string' && ['confidence', 'mode', 'priority', 'status'].includes(key)) text = t(`exchange.value.${value}`, { defaultValue: value });
    else text = String(value);
    return [{ key, label: t(`exchange.field.${key}`, { defaultValue: key }), value: text }];
  });
}
