import { sortByOrder } from '../document/order';
import type { JourneyDocument } from '../document/schema';
import { METRICS } from './metrics';

/** One column of the grid: a stage without steps, or one step of a stage. */
export interface ColumnBox { stageId: string; stepId: string | undefined; x: number; width: number }
export interface StepBox { id: string; name: string; x: number; width: number }
export interface StageBox { id: string; name: string; x: number; width: number; steps: StepBox[] }

export interface Columns {
  stages: StageBox[];
  columns: ColumnBox[];
  /** Where the grid starts below the headers: taller when any stage has steps. */
  top: number;
  right: number;
}

export const columnKey = (stageId: string, stepId: string | undefined): string => (stepId === undefined ? stageId : `${stageId}/${stepId}`);

/** Stages left to right after the lane headers; a stage with steps spans them. */
export function computeColumns(doc: JourneyDocument): Columns {
  const stepsByStage = new Map<string, JourneyDocument['steps']>();
  for (const step of doc.steps) stepsByStage.set(step.stageId, [...(stepsByStage.get(step.stageId) ?? []), step]);
  const stages: StageBox[] = [];
  const columns: ColumnBox[] = [];
  let x: number = METRICS.laneHeaderWidth;
  for (const stage of sortByOrder(doc.stages)) {
    const steps = sortByOrder(stepsByStage.get(stage.id) ?? []);
    const start = x;
    const stepBoxes: StepBox[] = [];
    if (steps.length === 0) {
      const width = stage.width ?? METRICS.stageWidth;
      columns.push({ stageId: stage.id, stepId: undefined, x, width });
      x += width;
    }
    for (const step of steps) {
      const width = step.width ?? METRICS.stepWidth;
      stepBoxes.push({ id: step.id, name: step.name, x, width });
      columns.push({ stageId: stage.id, stepId: step.id, x, width });
      x += width;
    }
    stages.push({ id: stage.id, name: stage.name, x: start, width: x - start, steps: stepBoxes });
  }
  const top = METRICS.stageHeaderHeight + (doc.steps.length > 0 ? METRICS.stepHeaderHeight : 0);
  return { stages, columns, top, right: x };
}
