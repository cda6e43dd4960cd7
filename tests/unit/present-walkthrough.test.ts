import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCard, addStep } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { computeLayout } from '../../shared/layout/layout';
import { estimateLines, METRICS } from '../../shared/layout/metrics';
import { brightAreas, dimmedStageIds, fitZoom, focusRect, focusViewport, showZoom, toScreenRect } from '../../shared/presentation/focus';
import { slidesOf, titleSlide, topOpportunities } from '../../shared/presentation/slides';
import { stageLayout } from '../../shared/presentation/stage-layout';
import { chunkToFit, isSlide, PROGRESS_BAR_PX, reanchor, SHOW_TEXT_PX, SHOW_ZOOM, showSteps, stageStep, walkSteps } from '../../shared/presentation/walkthrough';
import { TEMPLATES } from '../../shared/templates/templates';
import { journeyFrom, sparseJourney8 } from '../helpers/journeys';

const SCREEN = { width: 1920, height: 1080 };
const SMALL = { width: 1280, height: 800 };

describe('the walk-through', () => {
  it('draws card text 28 px high where the part fits, never below the readable size, and every focused part fits on the screen, for every template', () => {
    for (const screen of [SCREEN, SMALL]) {
      // 20 px on a 1080-pixel screen, 14.8 px on an 800-pixel one: the same share of what the room sees.
      const readable = (20 / 1080) * screen.height;
      for (const { id } of TEMPLATES) {
        const layout = computeLayout(journeyFrom(id), estimateLines);
        for (const laneByLane of [false, true]) {
          for (const step of walkSteps(layout, { laneByLane, screen })) {
            const rect = focusRect(layout, step)!;
            const zoom = showZoom(layout, rect, screen);
            const viewport = focusViewport(layout, rect, screen, zoom);
            // The text height on screen is the card font size times the zoom: from the layout and the zoom, not by eye.
            const text = METRICS.fontSize * viewport.zoom;
            expect(text, `${id} ${step.stageId}`).toBeGreaterThanOrEqual(readable - 1e-9);
            expect(text).toBeLessThanOrEqual(SHOW_TEXT_PX + 1e-9);
            if (fitZoom(layout, rect, screen) >= SHOW_ZOOM) expect(text).toBeCloseTo(SHOW_TEXT_PX);
            const part = toScreenRect(viewport, rect);
            expect(part.x, id).toBeGreaterThanOrEqual(METRICS.laneHeaderWidth * viewport.zoom - 0.5);
            expect(part.x + part.width, id).toBeLessThanOrEqual(screen.width + 0.5);
            expect(part.y, id).toBeGreaterThanOrEqual(layout.top * viewport.zoom - 0.5);
            // A lane taller than the screen goes alone and may run under the bar; no template has one.
            expect(part.y + part.height, `${id} ${step.part}/${step.parts}`).toBeLessThanOrEqual(screen.height - PROGRESS_BAR_PX + 0.5);
          }
        }
      }
    }
  });

  it('shows a stage whose content fits the screen at a readable size in one step, whatever lanes it leaves empty, at 1280x800 as at 1920x1080', () => {
    const layout = computeLayout(sparseJourney8(), estimateLines);
    const counts = [SCREEN, SMALL].map((screen) => walkSteps(layout, { laneByLane: false, screen }).length);
    // Each part as large as it can be: a stage in two parts is split evenly, not one full part and a sliver.
    expect(counts[0]).toBe(counts[1]);
    // One step a stage but the one filled in (Purchase): its empty card lanes, tall for that one, drawn shorter.
    expect(counts[0]).toBe(layout.stages.length + 1);
    const one = walkSteps(layout, { laneByLane: false, screen: SMALL }).find((s) => s.stageNumber === 1)!;
    expect(one.parts).toBe(1);
    expect(one.laneIds[0]).toBe(layout.lanes[0]!.id);
  });

  it('draws a stage with its empty card lanes at a new lane’s height, everything below moved up with them, and cuts its parts from that', () => {
    const layout = computeLayout(sparseJourney8(), estimateLines);
    const second = layout.stages[1]!;
    const shown = stageLayout(layout, second.id);
    const thoughts = (l: typeof layout) => l.lanes.find((lane) => lane.kind === 'thoughts')!;
    expect(thoughts(layout).height).toBeGreaterThan(METRICS.laneMinHeight);
    expect(thoughts(shown)).toMatchObject({ height: METRICS.laneMinHeight, collapsed: false });
    // Lanes follow one another; the stage's own cards keep their place in their lanes.
    shown.lanes.slice(1).forEach((lane, i) => expect(lane.y).toBeCloseTo(shown.lanes[i]!.y + shown.lanes[i]!.height));
    for (const card of shown.cards.filter((c) => c.stageId === second.id)) {
      const before = layout.cards.find((c) => c.id === card.id)!;
      const [from, to] = [layout, shown].map((l) => l.lanes.find((lane) => lane.id === card.laneId)!.y);
      expect(card.y - to!).toBeCloseTo(before.y - from!);
    }
    // The filled-in stage is drawn as it is; a map whose lanes fit every stage is left alone.
    expect(stageLayout(layout, layout.stages[3]!.id)).toBe(layout);
    const plain = computeLayout(journeyFrom('journey8'), estimateLines);
    expect(stageLayout(plain, plain.stages[0]!.id)).toBe(plain);
    // The step's part fits the screen in that layout.
    const step = walkSteps(layout, { laneByLane: false, screen: SCREEN }).find((s) => s.stageId === second.id)!;
    expect(step.parts).toBe(1);
    const rect = focusRect(shown, step)!;
    const zoom = showZoom(shown, rect, SCREEN);
    expect(toScreenRect(focusViewport(shown, rect, SCREEN, zoom), rect).y + rect.height * zoom).toBeLessThanOrEqual(SCREEN.height - PROGRESS_BAR_PX + 0.5);
  });

  it('goes stage by stage, left to right, and shows every lane of each stage in its parts, top to bottom', () => {
    const layout = computeLayout(journeyFrom('retail'), estimateLines);
    const steps = walkSteps(layout, { laneByLane: false, screen: SCREEN });
    expect([...new Set(steps.map((s) => s.stageId))]).toEqual(layout.stages.map((s) => s.id));
    for (const stage of layout.stages) {
      const parts = steps.filter((s) => s.stageId === stage.id);
      expect(parts.flatMap((p) => p.laneIds)).toEqual(layout.lanes.map((l) => l.id));
      expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i + 1));
      expect(parts.every((p) => p.parts === parts.length && p.stageNumber === layout.stages.indexOf(stage) + 1)).toBe(true);
    }
    // On a screen big enough, the presentation zoom fits more lanes at once.
    expect(walkSteps(layout, { laneByLane: false, screen: { width: 7680, height: 4320 } }).length).toBeLessThan(steps.length);
  });

  it('goes lane by lane inside each stage when asked, leaving collapsed lanes and lanes empty in the stage out', () => {
    let doc: JourneyDocument = { ...journeyFrom('buyer5'), emotionPoints: [] };
    const [first, second] = doc.stages.map((s) => s.id);
    for (const lane of doc.lanes) doc = applyChanges(doc, addCard(doc, { laneId: lane.id, stageId: first! }, `In ${lane.kind}`).changes);
    doc = applyChanges(doc, addCard(doc, { laneId: doc.lanes[3]!.id, stageId: second! }, 'Only here').changes);
    doc.lanes[1] = { ...doc.lanes[1]!, collapsed: true };
    const layout = computeLayout(doc, estimateLines);
    const steps = walkSteps(layout, { laneByLane: true, screen: SCREEN });
    const open = layout.lanes.filter((l) => !l.collapsed).map((l) => l.id);
    expect(steps.filter((s) => s.stageId === first).map((s) => s.laneIds)).toEqual(open.map((id) => [id]));
    expect(steps.filter((s) => s.stageId === second).map((s) => s.laneIds)).toEqual([[doc.lanes[3]!.id]]);
    // The other stages are empty: one step each.
    expect(steps).toHaveLength(open.length + 1 + (layout.stages.length - 2));
  });

  it('skips what a stage leaves empty: an empty stage is one step, and a stage whose content fits the screen is one step, as tall as its content', () => {
    const empty = computeLayout(journeyFrom('journey8'), estimateLines);
    expect(walkSteps(empty, { laneByLane: false, screen: SCREEN }).map((s) => [s.stageNumber, s.part, s.parts])).toEqual(empty.stages.map((_, i) => [i + 1, 1, 1]));
    // A full worked example, and one of its stages emptied but for one card deep down.
    let doc = journeyFrom('retail');
    const stage = doc.stages[2]!.id;
    // (Its metrics lane goes too: a chart reads across its whole lane, in every stage with a value.)
    doc = { ...doc, lanes: doc.lanes.filter((l) => l.kind !== 'metrics'), cards: doc.cards.filter((c) => c.stageId !== stage), emotionPoints: doc.emotionPoints.filter((p) => p.stageId !== stage) };
    const lane = doc.lanes.at(-1)!;
    doc = applyChanges(doc, addCard(doc, { laneId: lane.id, stageId: stage }, 'The one thing here').changes);
    const layout = computeLayout(doc, estimateLines);
    const parts = walkSteps(layout, { laneByLane: false, screen: SCREEN }).filter((s) => s.stageId === stage);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.laneIds).toEqual([lane.id]);
    // In the stage as presented (its empty card lanes shrunk), the part is as tall as the card.
    const shown = stageLayout(layout, stage);
    const card = shown.cards.find((c) => c.text === 'The one thing here')!;
    expect(focusRect(shown, parts[0]!)).toMatchObject({ y: shown.lanes.at(-1)!.y, height: card.y + card.height + METRICS.cellPadding - shown.lanes.at(-1)!.y });
  });

  it('shows a stage wider than the screen a few steps at a time', () => {
    let doc = journeyFrom('blank');
    const stageId = doc.stages[0]!.id;
    for (let i = 0; i < 6; i += 1) doc = applyChanges(doc, addStep(doc, stageId, { first: 'Step 1', added: `Step ${i + 2}` }).changes);
    const layout = computeLayout(doc, estimateLines);
    const wide = walkSteps(layout, { laneByLane: false, screen: SCREEN }).filter((s) => s.stageId === stageId);
    expect(wide.length).toBeGreaterThan(1);
    expect(wide.flatMap((s) => s.stepIds)).toEqual(layout.stages[0]!.steps.map((s) => s.id));
    for (const step of wide) {
      const rect = focusRect(layout, step)!;
      expect(toScreenRect(focusViewport(layout, rect, SCREEN, SHOW_ZOOM), rect).x + rect.width * SHOW_ZOOM).toBeLessThanOrEqual(SCREEN.width);
    }
  });

  it('stays on the same stage and lane when the steps change, or says it cannot', () => {
    const layout = computeLayout(journeyFrom('retail'), estimateLines);
    const byParts = walkSteps(layout, { laneByLane: false, screen: SCREEN });
    const byLane = walkSteps(layout, { laneByLane: true, screen: SCREEN });
    const third = byLane[2]!;
    const index = reanchor(third, byParts)!;
    expect(byParts[index]!.stageId).toBe(third.stageId);
    expect(byParts[index]!.laneIds).toContain(third.laneIds[0]);
    expect(reanchor({ ...third, stageId: 'gone' }, byParts)).toBeNull();
    expect(reanchor(undefined, byParts)).toBeNull();
  });

  it('groups in order without passing the room, an oversized item alone', () => {
    expect(chunkToFit([3, 3, 3, 9, 1], (n) => n, 7)).toEqual([[3, 3], [3], [9], [1]]);
    expect(chunkToFit([], (n: number) => n, 7)).toEqual([]);
  });
});

describe('the title and closing slides', () => {
  const doc = journeyFrom('retail');
  const layout = computeLayout(doc, estimateLines);
  const stages = walkSteps(layout, { laneByLane: false, screen: SCREEN });

  it('come before the first stage and after the last, each only when wanted', () => {
    const steps = showSteps(stages, { title: true, closing: true });
    expect(steps).toHaveLength(stages.length + 2);
    expect(steps[0]).toEqual({ slide: 'title' });
    expect(steps.at(-1)).toEqual({ slide: 'closing' });
    expect(steps.slice(1, -1)).toEqual(stages);
    expect(showSteps(stages, { title: false, closing: false })).toEqual(stages);
    expect(showSteps(stages, { title: true, closing: false }).at(-1)).toEqual(stages.at(-1));
    expect([isSlide(steps[0]), isSlide(steps[1]), isSlide(null)]).toEqual([true, false, false]);
    expect([stageStep(steps[0]), stageStep(steps[1])]).toEqual([null, stages[0]]);
  });

  it('keep their place when slides are switched, and a stage keeps its own', () => {
    const on = showSteps(stages, { title: true, closing: true });
    const off = showSteps(stages, { title: false, closing: false });
    expect(reanchor(on[0], on)).toBe(0);
    expect(reanchor(on.at(-1), on)).toBe(on.length - 1);
    // Slides turned off: the title leaves the walk at its start, the closing at its end.
    expect(reanchor(on[0], off)).toBe(0);
    expect(reanchor(on.at(-1), off)).toBe(off.length - 1);
    // A stage's part is found again whether the title before it comes or goes.
    expect(reanchor(off[2], on)).toBe(3);
    expect(reanchor(on[3], off)).toBe(2);
  });

  it('show the map’s name, goal and personas, then its open opportunities by priority, at most five', () => {
    const slide = titleSlide(doc);
    expect(slide.title).toBe(doc.journey.title);
    expect(slide.goal).toBe(doc.journey.goal);
    expect(slide.personas.map((p) => p.id)).toEqual(doc.journey.personaIds ?? []);
    const opportunities = doc.lanes.find((l) => l.kind === 'opportunities')!;
    const stage = doc.stages[0]!.id;
    let many: JourneyDocument = { ...doc, cards: doc.cards.filter((c) => c.laneId !== opportunities.id) };
    expect(topOpportunities(many)).toEqual([]);
    expect(slidesOf(many, true)).toEqual({ title: true, closing: false });
    expect(slidesOf(many, false)).toEqual({ title: false, closing: false });
    const add = (text: string, fields: Partial<JourneyDocument['cards'][number]>) => {
      const { changes, card } = addCard(many, { laneId: opportunities.id, stageId: stage }, text);
      many = applyChanges(many, changes);
      many = { ...many, cards: many.cards.map((c) => (c.id === card.id ? { ...c, ...fields } : c)) };
    };
    add('low one', { priority: 'low' });
    add('no priority', {});
    add('high done', { priority: 'high', status: 'done' });
    add('high one', { priority: 'high', status: 'inProgress' });
    add('medium one', { priority: 'medium' });
    add('high dropped', { priority: 'high', status: 'dropped' });
    add('high two', { priority: 'high', status: 'idea' });
    add('medium two', { priority: 'medium', status: 'planned' });
    expect(topOpportunities(many).map((r) => r.text)).toEqual(['high one', 'high two', 'medium one', 'medium two', 'low one']);
    expect(topOpportunities(many, 10).map((r) => r.text)).toEqual(['high one', 'high two', 'medium one', 'medium two', 'low one', 'no priority']);
    expect(slidesOf(many, true)).toEqual({ title: true, closing: true });
  });
});

describe('focus and dimming', () => {
  const layout = computeLayout(journeyFrom('retail'), estimateLines);
  const steps = walkSteps(layout, { laneByLane: false, screen: SCREEN });

  it('dims every other stage, and keeps the focused part, its stage header and its lane headers bright', () => {
    const step = steps.find((s) => s.stageNumber === 3)!;
    const rect = focusRect(layout, step)!;
    expect(dimmedStageIds(layout, rect)).toEqual(layout.stages.filter((s) => s.id !== step.stageId).map((s) => s.id));
    expect(dimmedStageIds(layout, null)).toEqual([]);
    const viewport = focusViewport(layout, rect, SCREEN, SHOW_ZOOM);
    const [part, header, lanes] = brightAreas(layout, viewport, rect);
    expect(header).toMatchObject({ x: part!.x, y: 0, width: part!.width, height: layout.top * SHOW_ZOOM });
    expect(lanes).toMatchObject({ x: 0, y: part!.y, height: part!.height });
  });

  it('fits a part into a smaller canvas (the presenter view) without ever zooming past the presentation zoom', () => {
    const rect = focusRect(layout, steps[0]!)!;
    expect(fitZoom(layout, rect, { width: 640, height: 360 })).toBeLessThan(SHOW_ZOOM);
    expect(fitZoom(layout, rect, { width: 7680, height: 4320 })).toBe(SHOW_ZOOM);
    expect(focusRect(layout, { ...steps[0]!, stageId: 'gone' })).toBeNull();
  });
});
