import type { TableName } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import type { Say } from '../exchange/issue-text';

/** What describing changes and conflicts needs: the reader's words and number format. */
export interface Words { t: Say; language: string }

/** Each list of records by id, built once per list (a change list of a big map names hundreds of records); rebuilt if the list grew. */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
export function byId<T extends { id: string }>(list: readonly T[], of: string | undefined): T | undefined {
  if (of === undefined) return undefined;
  let index = indexes.get(list);
  if (!index || index.size !== list.length) {
    index = new Map(list.map((r) => [r.id, r]));
    indexes.set(list, index);
  }
  return index.get(of) as T | undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number in the reader's format, negative with a real minus sign (never a Markdown list's "-"). */
export function readableNumber(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value).replace('-', '\u2212');
}

const signedFormats = new Map<string, Intl.NumberFormat>();
/** A change by so much, always signed ("+12", "−1,5"), with a real minus sign. */
export function signedNumber(value: number, language: string): string {
  let format = signedFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    signedFormats.set(language, format);
  }
  return format.format(value).replace('-', '\u2212');
}

/** Text in the reader's quotation marks, on one line and cut to `max` characters. */
export function quoted(text: string, { t }: Words, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return t('merge.value.quoted', { text: line.length > max ? `${line.slice(0, max - 1)}…` : line });
}

/** Fields whose value is one of a few words the app translates (priority, status…). */
const WORDED = new Set(['confidence', 'mode', 'priority', 'status', 'kindOfGoal', 'mapType', 'market']);
/** Fields that name another record, shown by that record's name. */
const NAMED: Partial<Record<string, 'channels' | 'personas' | 'stages' | 'lanes' | 'steps' | 'emotionCurves'>> = {
  channelId: 'channels', personaId: 'personas', stageId: 'stages', laneId: 'lanes', stepId: 'steps', curveId: 'emotionCurves', fromStageId: 'stages', toStageId: 'stages',
};

/**
 * A field's value as a person reads it in a change or a conflict: text quoted, numbers in the
 * reader's format, yes and no, a channel or persona by its name, tags as they are, other lists
 * by their length, a linked map by its path, "–" for none. Null for what does not read as a
 * value: the line then names the field only.
 */
export function readableValue(field: string, value: unknown, words: Words, docs: readonly JourneyDocument[]): string | null {
  const { t, language } = words;
  if (value === undefined || value === null || value === '') return '–';
  if (typeof value === 'number') return readableNumber(value, language);
  if (typeof value === 'boolean') return t(value ? 'merge.value.yes' : 'merge.value.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    // Tags read as themselves; linked cards, evidence and other lists by how many they hold.
    return field === 'tags' && value.every((v) => typeof v === 'string') ? value.map((v: string) => quoted(v, words, 40)).join(', ') : t('merge.value.entries', { count: value.length });
  }
  if (typeof value === 'object') {
    const link = value as { path?: unknown };
    return typeof link.path === 'string' ? quoted(link.path, words) : null;
  }
  if (typeof value !== 'string') return null;
  const table = NAMED[field];
  if (table) {
    for (const doc of docs) {
      const named = byId(doc[table] as readonly { id: string; name: string }[], value);
      if (named) return quoted(named.name, words);
    }
    return null;
  }
  if (WORDED.has(field)) return t(`exchange.value.${value}`, { defaultValue: value });
  return quoted(value, words);
}

export interface Place { stageId: string; stepId?: string | undefined; laneId?: string | undefined }

/** Where a record sits, as the map shows it: "Köp / Actions", or with a step "Köp › Pay / Actions". */
export function placeName(place: Place, docs: readonly JourneyDocument[]): string {
  const name = (table: 'stages' | 'steps' | 'lanes', id: string | undefined) => {
    for (const doc of docs) {
      const found = byId(doc[table] as readonly { id: string; name: string }[], id);
      if (found) return found.name;
    }
    return '?';
  };
  const column = place.stepId === undefined ? name('stages', place.stageId) : `${name('stages', place.stageId)} › ${name('steps', place.stepId)}`;
  return place.laneId === undefined ? column : `${column} / ${name('lanes', place.laneId)}`;
}

/**
 * A record's name for a person: a stage or lane by its name, a card by its first words and
 * where it is, an emotion point by its curve and stage, a metric value by its lane and stage.
 * `docs` are searched in turn (the map that has the record first, the other for names it lacks);
 * `withPlace` false names a card by its words alone (a move says both places itself).
 */
export function recordName(docs: readonly JourneyDocument[], table: TableName | 'journey', id: string, words: Words, withPlace = true): string {
  const [doc] = docs;
  if (!doc) return id;
  const { t } = words;
  switch (table) {
    case 'journey': return quoted(doc.journey.title, words);
    case 'cards': {
      const card = byId(doc.cards, id);
      if (!card) return id;
      return withPlace ? t('merge.name.card', { text: quoted(card.text, words, 48), place: placeName(card, docs) }) : quoted(card.text, words, 48);
    }
    case 'emotionPoints': {
      const point = byId(doc.emotionPoints, id);
      const curve = point && docs.map((d) => byId(d.emotionCurves, point.curveId)).find((c) => c !== undefined);
      return point ? t('merge.name.emotionPoint', { curve: quoted(curve?.name ?? '?', words), place: placeName(point, docs) }) : id;
    }
    case 'metricValues': {
      const value = byId(doc.metricValues, id);
      const lane = value && docs.map((d) => byId(d.lanes, value.laneId)).find((l) => l !== undefined);
      return value ? t('merge.name.metricValue', { lane: quoted(lane?.name ?? '?', words), place: placeName({ stageId: value.stageId, stepId: value.stepId }, docs) }) : id;
    }
    case 'assets': return id;
    default: {
      const record = byId(doc[table] as readonly { id: string; name: string }[], id);
      return record ? quoted(record.name, words) : id;
    }
  }
}

/** A field's name in the reader's words (card fields as the exports name them). */
export const fieldName = (field: string, { t }: Words): string => t(`exchange.field.${field}`, { defaultValue: t(`merge.field.${field}`, { defaultValue: field }) }).toLocaleLowerCase();
