import type { Change } from '../../shared/document/changes';
import type { EmotionPoint, JourneyDocument } from '../../shared/document/schema';

/** Where a stage a pasted block names goes in the map. */
export type StageSlot =
  /** A stage of the map with the same name. */
  | { kind: 'name'; stageId: string }
  /** An empty stage of the map (a template's, or a new map's "Stage 2") in the same place, in order. */
  | { kind: 'place'; stageId: string }
  /** A new stage just before `beforeId` (null: at the end), so the block's order holds. */
  | { kind: 'new'; beforeId: string | null };

/** A stage name as people mean it: without case, accents or extra spaces ("Köp" is "kop"). */
export const stageKey = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/**
 * Aligns the stages a block names (its header row, left to right, each name once) with the
 * map's stages (in order): a name the map has goes to that stage (without regard to case or
 * accents); any other takes the next empty stage after the one before it, short of the next
 * stage the block names; failing that it is a new stage just before that one (or at the end).
 * So a block pasted into a 5-stage template fills the template's stages in order, and no empty
 * template stage lands between the block's stages or out of their order.
 */
export function alignStages(stages: readonly { id: string; name: string }[], isEmpty: (stageId: string) => boolean, headers: readonly string[]): StageSlot[] {
  const index = new Map<string, number>();
  stages.forEach((s, i) => {
    if (!index.has(stageKey(s.name))) index.set(stageKey(s.name), i);
  });
  const named = headers.map((h) => index.get(stageKey(h)));
  const idAt = (i: number) => stages[i]?.id ?? '';
  const taken = new Set(named.filter((i) => i !== undefined));
  let last = -1;
  return headers.map((_, h) => {
    const own = named[h];
    if (own !== undefined) {
      last = Math.max(last, own);
      return { kind: 'name', stageId: idAt(own) };
    }
    // The next stage the block names further on bounds where this one may go.
    const bound = named.slice(h + 1).find((i) => i !== undefined && i > last) ?? stages.length;
    for (let i = last + 1; i < bound; i += 1) {
      if (taken.has(i) || !isEmpty(idAt(i))) continue;
      taken.add(i);
      last = i;
      return { kind: 'place', stageId: idAt(i) };
    }
    // New, just before that next named stage (or last); what follows goes after it.
    last = bound - 1;
    return { kind: 'new', beforeId: stages[bound]?.id ?? null };
  });
}

/** A template's stand-in emotion point: zero, without a label (a new map's curve is flat until someone sets it). */
export const isPlaceholderPoint = (point: EmotionPoint): boolean => point.value === 0 && (point.label ?? '') === '';

/**
 * The template's stand-in points to drop once a paste sets a curve's real values: a curve that
 * held only placeholders before would otherwise dip through zero at every stage the block
 * left out. `set` holds the ids of the points the paste set, per curve.
 */
export function staleCurvePoints(before: JourneyDocument, after: JourneyDocument, set: ReadonlyMap<string, ReadonlySet<string>>): Change[] {
  return [...set].flatMap(([curveId, ids]) => {
    const old = before.emotionPoints.filter((p) => p.curveId === curveId);
    if (!old.every(isPlaceholderPoint)) return [];
    const oldIds = new Set(old.map((p) => p.id));
    return after.emotionPoints.filter((p) => p.curveId === curveId && oldIds.has(p.id) && !ids.has(p.id)).map((p): Change => ({ table: 'emotionPoints', before: p, after: null }));
  });
}
