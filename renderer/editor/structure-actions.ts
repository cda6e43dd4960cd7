import {
  addCurve, addLane, addStage, addStep, moveLane, moveStage, moveStep, removeCurve, removeLane, removeStage, removeStep,
  roundEmotion, setEmotion, setEmotionLabel, updateCurve, updateLane, updateStage, updateStep, type Column,
} from '../../shared/document/commands';
import { sortByOrder } from '../../shared/document/order';
import type { EmotionCurve, LaneKind } from '../../shared/document/schema';
import { commit, doc, type ActionContext } from './context';

/** An emotion curve's value at a column: what the emotion keys act on. */
export interface EmotionTarget { curveId: string; stageId: string; stepId: string | undefined }

/**
 * The point the emotion keys act on: the selected point, else the cursor's stage (or step) on
 * the emotions lane it is in, on the curve in focus there (or the lane's first curve).
 */
export function emotionTarget(ctx: ActionContext): EmotionTarget | null {
  const s = ctx.state.selection;
  if (s.kind === 'point') return { curveId: s.curveId, stageId: s.stageId, stepId: s.stepId };
  const cursor = ctx.state.cursor;
  if (s.kind !== 'none' || !cursor) return null;
  const lane = doc(ctx).lanes.find((l) => l.id === cursor.laneId);
  if (lane?.kind !== 'emotions' || lane.collapsed) return null;
  const curves = doc(ctx).emotionCurves.filter((c) => c.laneId === lane.id);
  const curve = curves.find((c) => c.id === ctx.state.focusCurve) ?? curves[0];
  return curve ? { curveId: curve.id, stageId: cursor.stageId, stepId: cursor.stepId } : null;
}

/** Stages, steps, lanes and emotion curves: the grid's structure. */
export function structureActions(ctx: ActionContext) {
  /** A point of a curve selected, with the keyboard's cursor on its cell. */
  const selectPoint = (curveId: string, column: Column) => {
    const laneId = doc(ctx).emotionCurves.find((c) => c.id === curveId)?.laneId;
    const cursor = laneId ? { cursor: { laneId, stageId: column.stageId, ...(column.stepId ? { stepId: column.stepId } : {}) } } : {};
    ctx.update({ selection: { kind: 'point', curveId, stageId: column.stageId, stepId: column.stepId }, focusCurve: curveId, ...cursor });
  };
  const selectedStageId = () => {
    const s = ctx.state.selection;
    if (s.kind === 'stage') return s.id;
    if (s.kind === 'step') return doc(ctx).steps.find((x) => x.id === s.id)?.stageId;
    return ctx.state.cursor?.stageId;
  };

  return {
    /**
     * Commits a header name typed in place (an empty name keeps the old one); Tab and
     * Shift+Tab go on to name the next or previous stage, step or lane.
     */
    finishName(text: string, advance: 'next' | 'previous' | null = null) {
      const editing = ctx.state.editing;
      const name = text.trim();
      ctx.update({ editing: null });
      if (!editing || (editing.kind !== 'stageName' && editing.kind !== 'stepName' && editing.kind !== 'laneName')) return;
      if (name !== '') {
        if (editing.kind === 'stageName') commit(ctx, 'Rename stage', updateStage(doc(ctx), editing.id, { name }));
        if (editing.kind === 'stepName') commit(ctx, 'Rename step', updateStep(doc(ctx), editing.id, { name }));
        if (editing.kind === 'laneName') commit(ctx, 'Rename lane', updateLane(doc(ctx), editing.id, { name }));
      }
      if (!advance) return;
      const by = advance === 'next' ? 1 : -1;
      const siblings = editing.kind === 'stageName' ? ctx.layout.stages
        : editing.kind === 'laneName' ? ctx.layout.lanes
          : (ctx.layout.stages.find((s) => s.steps.some((x) => x.id === editing.id))?.steps ?? []);
      const next = siblings[siblings.findIndex((s) => s.id === editing.id) + by];
      if (!next) return;
      const kind = editing.kind === 'stageName' ? 'stage' : editing.kind === 'laneName' ? 'lane' : 'step';
      ctx.update({ selection: { kind, id: next.id }, editing: { kind: editing.kind, id: next.id } });
    },
    selectStage: (id: string) => ctx.update({ selection: { kind: 'stage', id } }),
    selectStep: (id: string) => ctx.update({ selection: { kind: 'step', id } }),
    selectLane: (id: string) => ctx.update({ selection: { kind: 'lane', id } }),

    /** A new stage after `afterId` (or at the end), selected and ready to be named. */
    addStage(afterId: string | null = null, before = false) {
      const stages = sortByOrder(doc(ctx).stages);
      const index = afterId === null ? stages.length : stages.findIndex((s) => s.id === afterId) + (before ? 0 : 1);
      const { changes, stage } = addStage(doc(ctx), ctx.t('stage.numbered', { number: stages.length + 1 }), stages[index]?.id ?? null);
      commit(ctx, 'Add stage', changes);
      ctx.update({ selection: { kind: 'stage', id: stage.id }, editing: { kind: 'stageName', id: stage.id } });
    },
    renameStage: (id: string, name: string) => commit(ctx, 'Rename stage', updateStage(doc(ctx), id, { name })),
    setSpeakerNotes: (id: string, speakerNotes: string) => commit(ctx, 'Edit speaker notes', updateStage(doc(ctx), id, { speakerNotes: speakerNotes === '' ? undefined : speakerNotes })),
    moveStage: (id: string, beforeId: string | null) => commit(ctx, 'Move stage', moveStage(doc(ctx), id, beforeId)),
    /** Left or right by one place. */
    shiftStage(id: string, by: -1 | 1) {
      const stages = sortByOrder(doc(ctx).stages);
      const index = stages.findIndex((s) => s.id === id);
      const before = by === -1 ? stages[index - 1] : stages[index + 2];
      if (index === -1 || (by === -1 && !before) || (by === 1 && index === stages.length - 1)) return;
      commit(ctx, 'Move stage', moveStage(doc(ctx), id, before?.id ?? null));
    },
    resizeStage: (id: string, width: number) => commit(ctx, 'Resize stage', updateStage(doc(ctx), id, { width: Math.round(Math.min(1200, Math.max(120, width))) })),
    removeStage(id: string) {
      commit(ctx, 'Delete stage', removeStage(doc(ctx), id));
      ctx.update({ selection: { kind: 'none' }, cursor: null });
    },

    addStep(stageId: string | undefined = selectedStageId()) {
      if (!stageId) return;
      const count = doc(ctx).steps.filter((s) => s.stageId === stageId).length;
      const { changes, step } = addStep(doc(ctx), stageId, {
        first: ctx.t('step.numbered', { number: 1 }),
        added: ctx.t('step.numbered', { number: Math.max(2, count + 1) }),
      });
      commit(ctx, 'Add step', changes);
      ctx.update({ selection: { kind: 'step', id: step.id }, editing: { kind: 'stepName', id: step.id }, cursor: null });
    },
    renameStep: (id: string, name: string) => commit(ctx, 'Rename step', updateStep(doc(ctx), id, { name })),
    moveStep: (id: string, beforeId: string | null) => commit(ctx, 'Move step', moveStep(doc(ctx), id, beforeId)),
    shiftStep(id: string, by: -1 | 1) {
      const step = doc(ctx).steps.find((s) => s.id === id);
      if (!step) return;
      const steps = sortByOrder(doc(ctx).steps.filter((s) => s.stageId === step.stageId));
      const index = steps.findIndex((s) => s.id === id);
      if ((by === -1 && index === 0) || (by === 1 && index === steps.length - 1)) return;
      commit(ctx, 'Move step', moveStep(doc(ctx), id, (by === -1 ? steps[index - 1] : steps[index + 2])?.id ?? null));
    },
    resizeStep: (id: string, width: number) => commit(ctx, 'Resize step', updateStep(doc(ctx), id, { width: Math.round(Math.min(1200, Math.max(120, width))) })),
    removeStep(id: string) {
      commit(ctx, 'Delete step', removeStep(doc(ctx), id));
      ctx.update({ selection: { kind: 'none' }, cursor: null });
    },

    addLane(kind: LaneKind) {
      const { changes, lane } = addLane(doc(ctx), kind, ctx.t(`lane.${kind}`));
      commit(ctx, 'Add lane', changes);
      ctx.update({ selection: { kind: 'lane', id: lane.id }, editing: { kind: 'laneName', id: lane.id } });
    },
    renameLane: (id: string, name: string) => commit(ctx, 'Rename lane', updateLane(doc(ctx), id, { name })),
    moveLane: (id: string, beforeId: string | null) => commit(ctx, 'Move lane', moveLane(doc(ctx), id, beforeId)),
    shiftLane(id: string, by: -1 | 1) {
      const lanes = sortByOrder(doc(ctx).lanes);
      const index = lanes.findIndex((l) => l.id === id);
      if ((by === -1 && index <= 0) || (by === 1 && index === lanes.length - 1)) return;
      commit(ctx, 'Move lane', moveLane(doc(ctx), id, (by === -1 ? lanes[index - 1] : lanes[index + 2])?.id ?? null));
    },
    toggleCollapsed(id: string) {
      const lane = doc(ctx).lanes.find((l) => l.id === id);
      if (lane) commit(ctx, lane.collapsed ? 'Expand lane' : 'Collapse lane', updateLane(doc(ctx), id, { collapsed: !lane.collapsed }));
    },
    setHidden(id: string, hidden: boolean) {
      commit(ctx, hidden ? 'Hide lane' : 'Show lane', updateLane(doc(ctx), id, { hidden }));
      if (hidden) ctx.update({ selection: { kind: 'none' }, cursor: null });
    },
    removeLane(id: string) {
      commit(ctx, 'Delete lane', removeLane(doc(ctx), id));
      ctx.update({ selection: { kind: 'none' }, cursor: null });
    },

    selectPoint,
    /** The point the emotion keys would act on now, if any. */
    emotionTarget: () => emotionTarget(ctx),
    /** ← and → with a point selected: the same curve's point in the next stage or step. */
    movePoint(by: -1 | 1) {
      const s = ctx.state.selection;
      if (s.kind !== 'point') return;
      const columns = ctx.layout.columns;
      const next = columns[columns.findIndex((c) => c.stageId === s.stageId && c.stepId === s.stepId) + by];
      if (next) selectPoint(s.curveId, next);
    },
    focusCurve: (curveId: string) => ctx.update({ focusCurve: curveId }),
    setEmotion: (curveId: string, column: Column, value: number) => commit(ctx, 'Set emotion', setEmotion(doc(ctx), curveId, column, value)),
    /** + and −: the emotion at the selected point, or at the cursor on an emotions lane, up or down; false when there is none. */
    nudgeEmotion(delta: number): boolean {
      const target = emotionTarget(ctx);
      if (!target) return false;
      const point = doc(ctx).emotionPoints.find((p) => p.curveId === target.curveId && p.stageId === target.stageId && p.stepId === target.stepId);
      commit(ctx, 'Set emotion', setEmotion(doc(ctx), target.curveId, target, roundEmotion((point?.value ?? 0) + delta)));
      return true;
    },
    /** A digit (after − for a negative one): the emotion there set to that value; false when there is none. */
    setEmotionHere(value: number): boolean {
      const target = emotionTarget(ctx);
      if (!target) return false;
      commit(ctx, 'Set emotion', setEmotion(doc(ctx), target.curveId, target, value));
      return true;
    },
    setEmotionLabel: (curveId: string, column: Column, label: string) => commit(ctx, 'Label emotion', setEmotionLabel(doc(ctx), curveId, column, label)),
    addCurve(laneId: string) {
      const count = doc(ctx).emotionCurves.filter((c) => c.laneId === laneId).length;
      const { changes, curve } = addCurve(doc(ctx), laneId, ctx.t('emotion.curveNumbered', { number: count + 1 }));
      commit(ctx, 'Add curve', changes);
      // The new curve has no points yet: in focus, the next double-click in the lane places its first.
      ctx.update({ focusCurve: curve.id });
    },
    updateCurve: (id: string, patch: Partial<Omit<EmotionCurve, 'id' | 'laneId'>>) => commit(ctx, 'Edit curve', updateCurve(doc(ctx), id, patch)),
    removeCurve(id: string) {
      commit(ctx, 'Delete curve', removeCurve(doc(ctx), id));
      ctx.update((s) => (s.focusCurve === id ? { focusCurve: null } : {}));
    },
  };
}
