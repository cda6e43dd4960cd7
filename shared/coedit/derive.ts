import type * as Y from 'yjs';
import type { z } from 'zod';
import type { RecordTables, TableName } from '../document/changes';
import { LIMITS } from '../document/limits';
import { keyBetween } from '../document/order';
import {
  assetSchema, cardSchema, channelSchema, CURRENT_FORMAT_VERSION, emotionCurveSchema, emotionPointSchema, FORMAT_NAME, journeyDocumentSchema,
  journeyMetaSchema, laneSchema, metricValueSchema, personaSchema, stageSchema, stepSchema, viewSchema, workshopResultSchema, type JourneyDocument,
  type JourneyMeta,
} from '../document/schema';
import { referenceIssues } from '../document/schema/references';
import { placeInSteps, REFERENCES } from '../merge/repair';
import { RECORD_TABLES } from '../merge/three-way';
import { TableFollower, type Gathered, type Group, type Parts } from './table-follower';
import { groupOf, groupValue, journeyY, parseKey } from './y-layout';

/**
 * What the journey became that nobody typed: each a deterministic rule, so every laptop
 * derives the same journey from the same shared state, and each is said, so no edit is lost
 * unseen.
 */
export type CoeditNote =
  /** Its fields broke the schema (a hostile or broken peer): left out. */
  | { kind: 'invalid'; table: TableName | 'journey'; id: string }
  /** Deleted on one laptop while another still placed something in it: back. */
  | { kind: 'restored'; table: TableName; id: string }
  /** Names a record that never existed on any laptop: left out. */
  | { kind: 'orphaned'; table: TableName; id: string }
  /** Its stage gained steps meanwhile: put in the first. */
  | { kind: 'placed'; table: TableName; id: string; stepId: string | null }
  /** A second value for one curve (or metric) at one column, set at the same time: the first by id kept. */
  | { kind: 'same-slot'; table: TableName; id: string; kept: string };

export interface Derived {
  readonly document: JourneyDocument;
  readonly notes: readonly CoeditNote[];
}

const SCHEMAS: { readonly [T in TableName]: z.ZodType<RecordTables[T]> } = {
  stages: stageSchema, steps: stepSchema, lanes: laneSchema, channels: channelSchema, cards: cardSchema, emotionCurves: emotionCurveSchema,
  emotionPoints: emotionPointSchema, metricValues: metricValueSchema, personas: personaSchema, views: viewSchema, assets: assetSchema,
  workshops: workshopResultSchema,
};

type AnyRecord = RecordTables[TableName];
type Fields = Record<string, unknown>;

/** Per table, whether a group's change can never change what a rule decides: not where a record sits, its order, or a name of another record. */
const FREE_GROUP = Object.fromEntries(RECORD_TABLES.map((table) => {
  const bound = new Set(['order', ...REFERENCES.filter((r) => r.from === table).map((r) => groupOf(table, r.field))]);
  return [table, (group: string | null) => group !== null && !bound.has(group)];
})) as { readonly [T in TableName]: (group: string | null) => boolean };

/** A group's own fields only: a group holding another group's field (a hostile peer) cannot override it, whatever the order. */
function assignGroup(fields: Fields, table: TableName, { key, val }: Group): void {
  if (typeof val !== 'object' || val === null) return;
  Object.assign(fields, groupValue(table, parseKey(key).group as string, val));
}

/**
 * Derives journeys from one Y.Doc, following its tables: a table no transaction touched keeps
 * its records, a touched record is gathered again alone (unless a head moved), and each
 * record's checked value is kept while its parts stay the same objects, so a remote edit
 * re-checks only what it touched. The result is the same as deriving from scratch.
 */
export class JourneyDeriver {
  private readonly cache = new Map<string, Parts>();
  private readonly followers: { readonly [T in TableName]: TableFollower };
  /** Records exactly as their schema returned them: the whole check need not parse them again. */
  private readonly checked = new WeakSet<object>();
  private last: Derived | null = null;
  private metaTouched = false;

  constructor(private readonly doc: Y.Doc) {
    const y = journeyY(doc);
    this.followers = Object.fromEntries(RECORD_TABLES.map((table) => [table, new TableFollower(table, y.tables[table])])) as unknown as JourneyDeriver['followers'];
    y.meta.yarray.observe(() => {
      this.metaTouched = true;
    });
  }

  private readonly parts = (table: TableName, id: string, gathered: Gathered): Parts => {
    const cacheKey = `${table}/${id}`;
    const cached = this.cache.get(cacheKey);
    const deleted = gathered.head?.deleted === true;
    if (cached && cached.groups.length === gathered.groups.length && cached.groups.every((g, i) => g.val === gathered.groups[i]?.val && g.key === gathered.groups[i]?.key)) {
      return cached.deleted === deleted ? cached : { ...cached, deleted };
    }
    const fields: Fields = { id };
    for (const group of gathered.groups) assignGroup(fields, table, group);
    const parsed = SCHEMAS[table].safeParse(fields);
    if (parsed.success) this.checked.add(parsed.data);
    const parts: Parts = { deleted, record: parsed.success ? parsed.data : null, groups: gathered.groups };
    this.cache.set(cacheKey, parts);
    return parts;
  };

  derive(): Derived {
    const synced = RECORD_TABLES.map((table) => ({ table, ...this.followers[table].sync() }));
    const metaTouched = this.metaTouched;
    this.metaTouched = false;
    const patched = this.last && !metaTouched ? this.patch(this.last, synced) : null;
    this.last = patched ?? this.deriveAll();
    return this.last;
  }

  /**
   * The last journey with only the touched records' free fields changed, when that is all that
   * happened: no head moved, no field that places a record, orders it or names another record,
   * and each touched record was live, valid and untouched by the rules before and after. Then
   * no rule can decide differently, so this is what deriving everything gives; else null.
   */
  private patch(last: Derived, synced: readonly { table: TableName; touched: ReadonlyMap<string, ReadonlySet<string>> | null }[]): Derived | null {
    if (synced.some(({ touched }) => touched === null)) return null;
    let document: JourneyDocument | null = null;
    for (const { table, touched } of synced) {
      if (!touched || touched.size === 0) continue;
      for (const keys of touched.values()) for (const key of keys) if (!FREE_GROUP[table](parseKey(key).group)) return null;
      const records = [...(last.document[table] as readonly AnyRecord[])];
      const index = new Map(records.map((record, i) => [record.id, i]));
      for (const id of touched.keys()) {
        const gathered = this.followers[table].gatheredOf(id);
        const before = this.cache.get(`${table}/${id}`);
        const at = index.get(id);
        if (!gathered || !before?.record || before.deleted || at === undefined || records[at] !== before.record) return null;
        const after = this.parts(table, id, gathered);
        if (!after.record || after.deleted) return null;
        records[at] = after.record;
      }
      document ??= { ...last.document };
      (document as unknown as Record<TableName, AnyRecord[]>)[table] = records;
    }
    return document ? { document, notes: last.notes } : last;
  }

  private deriveAll(): Derived {
    const y = journeyY(this.doc);
    const notes: CoeditNote[] = [];
    const live = {} as { [T in TableName]: AnyRecord[] };
    const tombstones = {} as { [T in TableName]: Map<string, AnyRecord> };
    for (const table of RECORD_TABLES) {
      const result = this.followers[table].records(this.parts);
      // Copies: the rules below change the journey's lists, never the follower's.
      live[table] = [...result.live];
      tombstones[table] = new Map(result.tombstones);
      for (const id of result.invalid) notes.push({ kind: 'invalid', table, id });
    }
    const journey = deriveMeta(y.meta.yarray.toArray(), notes);
    const document = { format: FORMAT_NAME, formatVersion: CURRENT_FORMAT_VERSION, minReaderVersion: CURRENT_FORMAT_VERSION, journey, ...live } as JourneyDocument;
    restoreNamed(document, tombstones, notes);
    placeInSteps(document, (record) => notes.push({ kind: 'placed', ...record }));
    oneInEachSlot(document, notes);
    separateTiedOrders(document);
    return { document, notes };
  }

  /**
   * The whole check the file gets (validDerived), without parsing again the records that came
   * straight from their schema here: only those a rule rewrote, the limits, the journey's own
   * fields and the references between records.
   */
  valid(derived: Derived): boolean {
    const { document } = derived;
    if (!journeyMetaSchema.safeParse(document.journey).success) return false;
    for (const table of RECORD_TABLES) {
      const records = document[table] as readonly AnyRecord[];
      if (records.length > LIMITS[table]) return false;
      for (const record of records) if (!this.checked.has(record) && !SCHEMAS[table].safeParse(record).success) return false;
    }
    return referenceIssues(document).length === 0;
  }
}

/** The journey's own fields, each checked alone, so one bad field costs only itself. */
function deriveMeta(entries: readonly { key: string; val: unknown }[], notes: CoeditNote[]): JourneyMeta {
  const meta: Fields = { title: '', description: '', goal: '' };
  for (const { key, val } of entries) {
    const trial = { ...meta, [key]: val };
    if (journeyMetaSchema.safeParse(trial).success) meta[key] = val;
    else notes.push({ kind: 'invalid', table: 'journey', id: key });
  }
  return meta as JourneyMeta;
}

const idsIn = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * A record still named by another (a card in a stage deleted meanwhile) comes back from its
 * tombstone; one naming a record that never existed is left out. Repeated until whole.
 */
function restoreNamed(doc: JourneyDocument, tombstones: { [T in TableName]: Map<string, AnyRecord> }, notes: CoeditNote[]): void {
  const tables = doc as unknown as Record<TableName, AnyRecord[]>;
  for (let changed = true; changed;) {
    changed = false;
    for (const { from, field, to } of REFERENCES) {
      const present = new Set(tables[to].map((r) => r.id));
      const holders: Fields[] = from === 'journey' ? [doc.journey as Fields] : (tables[from] as unknown as Fields[]);
      for (let i = holders.length - 1; i >= 0; i -= 1) {
        const holder = holders[i] as Fields;
        const missing = idsIn(holder[field]).filter((id) => !present.has(id));
        for (const id of missing) {
          const kept = tombstones[to].get(id);
          if (!kept) continue;
          tables[to].push(kept);
          tombstones[to].delete(id);
          present.add(id);
          notes.push({ kind: 'restored', table: to, id });
          changed = true;
        }
        const unknown = idsIn(holder[field]).filter((id) => !present.has(id));
        if (unknown.length === 0) continue;
        if (Array.isArray(holder[field])) {
          // A list of names (a card's links, a view's lanes) just loses the unknown ones.
          holders[i] = { ...holder, [field]: (holder[field] as string[]).filter((id) => present.has(id)) };
        } else if (from === 'journey') {
          continue; // the journey names records only in lists
        } else {
          holders.splice(i, 1);
          notes.push({ kind: 'orphaned', table: from, id: String(holder['id']) });
        }
        if (from === 'journey') (doc as { journey: JourneyMeta }).journey = holders[0] as JourneyMeta;
        changed = true;
      }
    }
  }
}


/** One emotion value per curve and column, one metric value per lane and column: the first by id. */
function oneInEachSlot(doc: JourneyDocument, notes: CoeditNote[]): void {
  for (const table of ['emotionPoints', 'metricValues'] as const) {
    const records = doc[table] as (RecordTables['emotionPoints'] | RecordTables['metricValues'])[];
    const held = new Map<string, string>();
    const kept = [...records].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((record) => {
      const owner = 'curveId' in record ? record.curveId : record.laneId;
      const slot = `${owner}/${record.stageId}/${record.stepId ?? ''}`;
      const first = held.get(slot);
      if (first === undefined) return held.set(slot, record.id), true;
      notes.push({ kind: 'same-slot', table, id: record.id, kept: first });
      return false;
    });
    if (kept.length < records.length) {
      const keep = new Set(kept);
      (doc as unknown as Record<string, unknown>)[table] = records.filter((r) => keep.has(r));
    }
  }
}

type Ordered = { id: string; order: string };
const ORDER_GROUPS: readonly { table: 'stages' | 'steps' | 'lanes' | 'channels' | 'cards' | 'views'; group: (r: Fields) => string }[] = [
  { table: 'stages', group: () => '' }, { table: 'lanes', group: () => '' }, { table: 'channels', group: () => '' }, { table: 'views', group: () => '' },
  { table: 'steps', group: (r) => String(r['stageId']) },
  { table: 'cards', group: (r) => `${String(r['stageId'])}/${String(r['stepId'] ?? '')}/${String(r['laneId'])}` },
];

/** Two laptops that put a record in one spot gave it the same order key: the later id moves just after. */
function separateTiedOrders(doc: JourneyDocument): void {
  for (const { table, group } of ORDER_GROUPS) {
    const records = doc[table] as Ordered[];
    const groups = new Map<string, number[]>();
    records.forEach((record, i) => {
      const key = group(record as unknown as Fields);
      const members = groups.get(key);
      if (members) members.push(i);
      else groups.set(key, [i]);
    });
    for (const indexes of groups.values()) {
      if (indexes.length < 2) continue;
      const sorted = indexes.sort((a, b) => {
        const [x, y] = [records[a] as Ordered, records[b] as Ordered];
        return x.order < y.order ? -1 : x.order > y.order ? 1 : x.id < y.id ? -1 : 1;
      });
      for (let i = 1; i < sorted.length; i += 1) {
        const [previous, current] = [records[sorted[i - 1] as number] as Ordered, records[sorted[i] as number] as Ordered];
        if (current.order !== previous.order) continue;
        const next = sorted.slice(i + 1).map((index) => records[index] as Ordered).find((r) => r.order > current.order);
        records[sorted[i] as number] = { ...current, order: keyBetween(previous.order, next?.order ?? null) };
      }
    }
  }
}

/** The whole check the file gets: what derivation cannot mend (a limit passed) is refused. */
export function validDerived(derived: Derived): boolean {
  return journeyDocumentSchema.safeParse(derived.document).success;
}
