import { describe, expect, it } from 'vitest';
import { presentationActionSchema, presentationMessageSchema, type PresentationAction, type PresentationState } from '../../shared/presentation/messages';
import { initialPresentation, reducePresentation, type WalkContext } from '../../shared/presentation/presentation-state';
import { showSteps, type WalkStep } from '../../shared/presentation/walkthrough';
import { elapsedOf, formatElapsed, resetClock, startClock, toggleClock } from '../../renderer/present/presenter/use-elapsed';
import { journeyFrom } from '../helpers/journeys';

const step = (stageNumber: number, part: number, parts: number): WalkStep => ({ stageId: `stage-${stageNumber}`, stageNumber, laneIds: [`lane-${part}`], stepIds: [], part, parts });
/** Three stages; the second in two parts. */
const walk: WalkContext = { steps: [step(1, 1, 1), step(2, 1, 2), step(2, 2, 2), step(3, 1, 1)], viewIds: ['view-a', 'view-b'] };
const run = (actions: PresentationAction[], from: PresentationState = initialPresentation()) => actions.reduce((s, a) => reducePresentation(s, a, walk), from);

describe('the presentation state', () => {
  it('steps forward and back within the walk-through, and jumps to the first, the last and a stage', () => {
    expect(run([{ type: 'next' }, { type: 'next' }]).position).toBe(2);
    expect(run([{ type: 'last' }, { type: 'next' }]).position).toBe(3);
    expect(run([{ type: 'previous' }]).position).toBe(0);
    expect(run([{ type: 'last' }, { type: 'first' }]).position).toBe(0);
    expect(run([{ type: 'goToStage', number: 3 }]).position).toBe(3);
    expect(run([{ type: 'goToStage', number: 2 }]).position).toBe(1);
    expect(run([{ type: 'goToStage', number: 9 }]).position).toBe(0);
    expect(run([{ type: 'goTo', position: 99 }]).position).toBe(3);
    expect(reducePresentation(initialPresentation(), { type: 'next' }, { steps: [], viewIds: [] }).position).toBe(0);
  });

  it('opens on the title slide and ends on the closing slide, reached by Home and End; stage numbers skip them', () => {
    const slides: WalkContext = { ...walk, steps: showSteps(walk.steps as WalkStep[], { title: true, closing: true }) };
    const go = (actions: PresentationAction[]) => actions.reduce((s, a) => reducePresentation(s, a, slides), initialPresentation());
    expect(initialPresentation().slides).toBe(true);
    expect(slides.steps).toHaveLength(6);
    expect(slides.steps[go([]).position]).toEqual({ slide: 'title' });
    expect(slides.steps[go([{ type: 'next' }]).position]).toEqual(walk.steps[0]);
    expect(slides.steps[go([{ type: 'last' }]).position]).toEqual({ slide: 'closing' });
    expect(slides.steps[go([{ type: 'last' }, { type: 'previous' }]).position]).toEqual(walk.steps[3]);
    expect(go([{ type: 'last' }, { type: 'first' }]).position).toBe(0);
    expect(go([{ type: 'goToStage', number: 1 }]).position).toBe(1);
    expect(go([{ type: 'goToStage', number: 3 }]).position).toBe(4);
    expect(go([{ type: 'toggleSlides' }]).slides).toBe(false);
    expect(go([{ type: 'toggleSlides' }, { type: 'toggleSlides' }]).slides).toBe(true);
  });

  it('leaves the overview with the next key without moving, and any jump closes it', () => {
    const overview = run([{ type: 'next' }, { type: 'toggleOverview' }]);
    expect(overview).toMatchObject({ overview: true, position: 1 });
    expect(reducePresentation(overview, { type: 'next' }, walk)).toMatchObject({ overview: false, position: 1 });
    expect(reducePresentation(overview, { type: 'last' }, walk)).toMatchObject({ overview: false, position: 3 });
  });

  it('keeps highlighter marks until cleared or the step changes; the laser too', () => {
    const marked = run([
      { type: 'toggleTool', tool: 'highlighter' },
      { type: 'startMark', id: 'm1', at: { x: 1, y: 2 } },
      { type: 'extendMark', id: 'm1', at: { x: 3, y: 4 } },
      { type: 'extendMark', id: 'other', at: { x: 9, y: 9 } },
    ]);
    expect(marked.marks).toEqual([{ id: 'm1', points: [1, 2, 3, 4] }]);
    expect(reducePresentation(marked, { type: 'clearMarks' }, walk).marks).toEqual([]);
    expect(reducePresentation(marked, { type: 'next' }, walk).marks).toEqual([]);
    const laser = run([{ type: 'toggleTool', tool: 'laser' }, { type: 'laser', at: { x: 5, y: 6 } }]);
    expect(laser).toMatchObject({ tool: 'laser', laser: { x: 5, y: 6 } });
    expect(reducePresentation(laser, { type: 'toggleTool', tool: 'laser' }, walk)).toMatchObject({ tool: 'none', laser: null });
    expect(reducePresentation(laser, { type: 'toggleTool', tool: 'highlighter' }, walk).tool).toBe('highlighter');
  });

  it('cycles themes and saved views; a new view starts from its beginning', () => {
    expect(run([{ type: 'cycleTheme' }]).theme).toBe('dark');
    expect(run([{ type: 'cycleTheme' }, { type: 'cycleTheme' }, { type: 'cycleTheme' }]).theme).toBe('light');
    expect(run([{ type: 'setTheme', theme: 'contrast' }]).theme).toBe('contrast');
    const viewed = run([{ type: 'last' }, { type: 'cycleView' }]);
    expect(viewed).toMatchObject({ viewId: 'view-a', position: 0 });
    expect(run([{ type: 'cycleView' }, { type: 'cycleView' }, { type: 'cycleView' }]).viewId).toBeNull();
    expect(run([{ type: 'setView', viewId: 'view-b' }]).viewId).toBe('view-b');
    expect(run([{ type: 'toggleLaneByLane' }]).laneByLane).toBe(true);
  });

  it('accepts only well-formed messages between windows', () => {
    const document = journeyFrom('buyer5');
    const state = run([{ type: 'next' }]);
    expect(presentationMessageSchema.safeParse({ kind: 'document', document }).success).toBe(true);
    expect(presentationMessageSchema.safeParse({ kind: 'show', state, walk: { position: 1, count: 4, step: walk.steps[1] } }).success).toBe(true);
    expect(presentationMessageSchema.safeParse({ kind: 'hello', screen: { width: 1920, height: 1080 } }).success).toBe(true);
    for (const slide of ['title', 'closing']) {
      expect(presentationMessageSchema.safeParse({ kind: 'show', state, walk: { position: 0, count: 6, step: { slide } } }).success).toBe(true);
    }
    expect(presentationMessageSchema.safeParse({ kind: 'show', state, walk: { position: 0, count: 6, step: { slide: 'credits' } } }).success).toBe(false);
    expect(presentationMessageSchema.safeParse({ kind: 'show', state: { ...state, slides: 'yes' }, walk: { position: 0, count: 0, step: null } }).success).toBe(false);
    expect(presentationMessageSchema.safeParse({ kind: 'document', document: { ...document, cards: 'x' } }).success).toBe(false);
    expect(presentationMessageSchema.safeParse({ kind: 'show', state: { ...state, theme: 'neon' }, walk: { position: 0, count: 0, step: null } }).success).toBe(false);
    expect(presentationMessageSchema.safeParse({ kind: 'hello', screen: { width: 1920, height: 1080 }, extra: 1 }).success).toBe(false);
    expect(presentationActionSchema.safeParse({ type: 'laser', at: { x: Number.NaN, y: 0 } }).success).toBe(false);
    expect(presentationActionSchema.safeParse({ type: 'startMark', id: 'a b', at: { x: 0, y: 0 } }).success).toBe(false);
  });

  it('keeps the presenter’s time across a pause, and restarts from zero', () => {
    const started = startClock(1_000);
    expect(elapsedOf(started, 76_000)).toBe(75_000);
    const paused = toggleClock(started, 61_000);
    expect(elapsedOf(paused, 500_000)).toBe(60_000);
    const resumed = toggleClock(paused, 100_000);
    expect(elapsedOf(resumed, 105_000)).toBe(65_000);
    expect(elapsedOf(resetClock(resumed, 105_000), 106_000)).toBe(1_000);
    expect(elapsedOf(resetClock(paused, 200_000), 300_000)).toBe(0);
    expect([formatElapsed(75_000), formatElapsed(3_723_000), formatElapsed(0)]).toEqual(['1:15', '1:02:03', '0:00']);
  });
});
