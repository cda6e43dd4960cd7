import { sortByOrder } from '../document/order';
import { RATING_LEVELS, type JourneyDocument, type WorkshopRating, type WorkshopResult } from '../document/schema';
import { formatSigned } from '../i18n/numbers';
import type { Translate } from '../templates/templates';

/** One workshop's results as the tables every deliverable shows (header row first in each). */
export interface WorkshopTables {
  result: WorkshopResult;
  /** "Name, 11 March 2027, 7 participants". */
  heading: string;
  ranking: string[][];
  ratings: string[][];
  /** The rating records in the order of the ratings table's rows (the map's stage order). */
  ratingRecords: WorkshopRating[];
  parked: string[][];
}

/** Places within a round where equal votes share one (1, 2, 2, 4); an item without votes has none. */
function placesOf(result: WorkshopResult): string[] {
  return result.ranking.map((vote, index) => {
    if (vote.votes === 0) return '';
    let first = index;
    while (first > 0 && result.ranking[first - 1]?.round === vote.round && result.ranking[first - 1]?.votes === vote.votes) first -= 1;
    let start = first;
    while (start > 0 && result.ranking[start - 1]?.round === vote.round) start -= 1;
    return String(first - start + 1);
  });
}

/** A YYYY-MM-DD day in the reader's language. */
export function workshopDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * Every workshop the map keeps, oldest first, as tables: the ranking (round, place, item,
 * stage, votes, people), the ratings per stage (mean, count, and how many chose each level),
 * and the parked notes. Stage names as the map has them now, else as the room saw them.
 */
export function workshopTables(doc: JourneyDocument, t: Translate, language: string): WorkshopTables[] {
  const stages = new Map(doc.stages.map((stage) => [stage.id, stage.name]));
  const stageOrder = new Map(sortByOrder(doc.stages).map((stage, index) => [stage.id, index]));
  const cards = new Map(doc.cards.map((card) => [card.id, card.text]));
  const signed = (value: number) => formatSigned(value, language);
  return [...doc.workshops].sort((a, b) => a.date.localeCompare(b.date)).map((result) => {
    const places = placesOf(result);
    const ranking = [
      ['round', 'place', 'item', 'stage', 'votes', 'voters'].map((key) => t(`workshopHost.export.${key}`)),
      ...result.ranking.map((vote, index) => [
        String(vote.round), places[index] ?? '', (vote.kind === 'card' ? cards.get(vote.itemId) : undefined) ?? vote.text,
        vote.stageId ? (stages.get(vote.stageId) ?? '') : '', String(vote.votes), String(vote.voters),
      ]),
    ];
    const ratingRecords = [...result.ratings].sort((a, b) => (stageOrder.get(a.stageId) ?? Infinity) - (stageOrder.get(b.stageId) ?? Infinity));
    const ratings = [
      [t('workshopHost.export.stage'), t('workshopHost.export.mean'), t('workshopHost.export.count'), ...RATING_LEVELS.map((level) => signed(level.value))],
      ...ratingRecords.map((rating) => [
        stages.get(rating.stageId) ?? rating.stageName, signed(rating.mean), String(rating.count), ...RATING_LEVELS.map((level) => String(rating[level.field])),
      ]),
    ];
    const parked = [
      ['stage', 'lane', 'note', 'author'].map((key) => t(`workshopHost.export.${key}`)),
      ...result.parked.map((note) => [stages.get(note.stageId) ?? '', t(`lane.${note.laneKind}`), note.text, note.author ?? '']),
    ];
    const heading = t('workshopHost.export.heading', { name: result.name, date: workshopDate(result.date, language), count: result.participants });
    return { result, heading, ranking, ratings, ratingRecords, parked };
  });
}
