import { actionPlanRows, priorityRank, type ActionPlanRow } from '../document/action-plan';
import type { JourneyDocument, Persona } from '../document/schema';

/** How many opportunities the closing slide lists. */
export const TOP_OPPORTUNITIES = 5;

/** The title slide: what the map is, what it is for, and for whom. */
export interface TitleSlide { title: string; goal: string; description: string; personas: Persona[] }

export function titleSlide(doc: JourneyDocument): TitleSlide {
  const ids = doc.journey.personaIds ?? [];
  return {
    title: doc.journey.title,
    goal: doc.journey.goal,
    description: doc.journey.description,
    personas: ids.flatMap((id) => doc.personas.filter((p) => p.id === id)),
  };
}

/**
 * The closing slide's list: the action plan's open opportunities (not done, not dropped),
 * highest priority first, in journey order within a priority, at most TOP_OPPORTUNITIES.
 */
export function topOpportunities(doc: JourneyDocument, count = TOP_OPPORTUNITIES): ActionPlanRow[] {
  return actionPlanRows(doc)
    .filter((row) => row.status !== 'done' && row.status !== 'dropped' && row.text.trim() !== '')
    .map((row, index) => ({ row, index }))
    .sort((a, b) => priorityRank(b.row.priority) - priorityRank(a.row.priority) || a.index - b.index)
    .slice(0, count)
    .map(({ row }) => row);
}

/** Which slides the presentation has: the title whenever slides are on; the closing only with something to close on. */
export const slidesOf = (doc: JourneyDocument, on: boolean): { title: boolean; closing: boolean } => ({
  title: on,
  closing: on && topOpportunities(doc, 1).length > 0,
});
