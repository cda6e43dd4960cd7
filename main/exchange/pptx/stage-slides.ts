import type PptxGenJS from 'pptxgenjs';
import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/document/limits';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { TextMeasurer } from '../../../shared/export/drawing';
import { EXPORT_GRID, EXPORT_LANE_COLOURS, exportEmotionColour } from '../../../shared/export/palette';
import { formatNumber, formatSigned } from '../../../shared/i18n/numbers';
import { columnKey } from '../../../shared/layout/columns';
import type { EmotionCurveBox, JourneyLayout, StageBox } from '../../../shared/layout/layout';
import { ellipsize } from '../../../shared/export/wrap';
import { placeAlong, spreadAcross } from '../../../shared/layout/point-labels';
import type { Translate } from '../../../shared/templates/templates';
import { FONT_FACE, hex, insets, PT, SLIDE, xmlText, type Slide } from './pptx-units';
import { addTitledSlide } from './slide-masters';
import { detailsFont, imageHeight, spacing, STAGE_FRAME, type LaneRow, type PlacedCard, type StageCard, type StagePlan } from './stage-layout';
import { pageStage } from './stage-pages';

export interface StageSlideContext {
  pptx: PptxGenJS;
  doc: JourneyDocument;
  layout: JourneyLayout;
  measure: TextMeasurer;
  t: Translate;
  language: string;
  /** Language tag of the runs (spelling, hyphenation). */
  lang: string;
}

const DASH = { solid: 'solid', dashed: 'dash', dotted: 'sysDot' } as const;

/** The fields a card's lane kind gives it, on one line under its text (empty when it has none). */
export function cardDetails(card: JourneyDocument['cards'][number], kind: string, doc: JourneyDocument, t: Translate): string {
  const parts: string[] = [];
  if (kind === 'opportunities') {
    if (card.owner) parts.push(card.owner);
    if (card.priority) parts.push(`${t('exchange.field.priority')}: ${t(`exchange.value.${card.priority}`)}`);
    if (card.status) parts.push(t(`exchange.value.${card.status}`));
  }
  if (kind === 'painPoints' && card.severity !== undefined) parts.push(`${t('exchange.field.severity')}: ${card.severity}`);
  if (kind === 'touchpoints') {
    const channel = doc.channels.find((c) => c.id === card.channelId)?.name;
    if (channel) parts.push(channel);
    if (card.impact !== undefined) parts.push(`${t('exchange.field.impact')}: ${card.impact}`);
    if (card.importance !== undefined) parts.push(`${t('exchange.field.importance')}: ${card.importance}`);
  }
  if (card.confidence === 'assumed') parts.push(t('exchange.value.assumed'));
  return parts.join(' · ');
}

/** Image types PowerPoint opens everywhere (the deck is given maps whose frames are decoded to these). */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg']);

function stageCards(ctx: StageSlideContext, stageId: string): StageCard[] {
  const cards = new Map(ctx.doc.cards.map((c) => [c.id, c]));
  const assets = new Map(ctx.doc.assets.map((a) => [a.id, a]));
  const kinds = new Map(ctx.layout.lanes.map((l) => [l.id, l.kind]));
  return ctx.layout.cards.filter((c) => c.stageId === stageId).flatMap((box) => {
    const card = cards.get(box.id);
    if (!card) return [];
    const asset = card.imageId ? assets.get(card.imageId) : undefined;
    return [{
      id: box.id, laneId: box.laneId, columnKey: columnKey(box.stageId, box.stepId), text: box.text, colour: box.colour, details: cardDetails(card, kinds.get(box.laneId) ?? '', ctx.doc, ctx.t),
      ...(asset && IMAGE_TYPES.has(asset.mimeType) ? { image: { mimeType: asset.mimeType, data: asset.data } } : {}),
    }];
  });
}

/** The band's right end (which stage, which part) and the steps across; the stage's name is the slide's title. */
function paintHeader(ctx: StageSlideContext, slide: Slide, stage: StageBox, plan: StagePlan, label: string): void {
  const { pptx } = ctx;
  slide.addText(xmlText(label), {
    x: SLIDE.width - SLIDE.margin - 2.2, y: 0, w: 2.2, h: STAGE_FRAME.bandHeight, fontFace: FONT_FACE, lang: ctx.lang, fontSize: 12,
    color: 'C9D1D9', align: 'right', valign: 'middle', margin: 0,
  });
  if (!plan.columns.some((c) => c.column.stepId !== undefined)) return;
  for (const { column, x, w } of plan.columns) {
    slide.addShape(pptx.ShapeType.rect, { x, y: STAGE_FRAME.bandHeight, w, h: STAGE_FRAME.stepHeight, fill: { color: hex(EXPORT_GRID.stepHeader) }, line: { color: hex(EXPORT_GRID.header), width: 0.75 } });
    const step = stage.steps.find((s) => s.id === column.stepId)?.name ?? '';
    if (step.trim() === '') continue;
    slide.addText(xmlText(step), {
      x: x + 0.08, y: STAGE_FRAME.bandHeight, w: w - 0.16, h: STAGE_FRAME.stepHeight, fontFace: FONT_FACE, lang: ctx.lang, fontSize: 12, bold: true,
      color: hex(EXPORT_GRID.headerText), valign: 'middle', margin: 0, fit: 'shrink',
    });
  }
}

/** A lane's row, undrawn on: its band, its header cell and accent, the lines between columns. */
function paintLaneBackground(ctx: StageSlideContext, slide: Slide, plan: StagePlan, row: LaneRow, index: number): void {
  const { pptx } = ctx;
  const accent = EXPORT_LANE_COLOURS[row.lane.kind].accent;
  slide.addShape(pptx.ShapeType.rect, {
    x: plan.left, y: row.y, w: plan.right - plan.left, h: row.h,
    fill: { color: hex(index % 2 === 0 ? EXPORT_GRID.laneBand : EXPORT_GRID.laneBandAlt) }, line: { color: hex(EXPORT_GRID.line), width: 0.5 },
  });
  slide.addShape(pptx.ShapeType.rect, { x: SLIDE.margin, y: row.y, w: STAGE_FRAME.laneHeaderWidth, h: row.h, fill: { color: hex(EXPORT_GRID.laneHeader) }, line: { color: hex(EXPORT_GRID.line), width: 0.5 } });
  slide.addShape(pptx.ShapeType.rect, { x: SLIDE.margin, y: row.y, w: 0.06, h: row.h, fill: { color: hex(accent) }, line: { type: 'none' } });
  for (const { x } of plan.columns.slice(1)) {
    slide.addShape(pptx.ShapeType.line, { x, y: row.y, w: 0, h: row.h, line: { color: hex(EXPORT_GRID.line), width: 0.75 } });
  }
}

/** A lane's name, then what it holds (curve, metrics or cards): read in that order, lane by lane. */
function paintLaneContent(ctx: StageSlideContext, slide: Slide, plan: StagePlan, row: LaneRow, stageName: string): void {
  if (row.lane.name.trim() !== '') {
    slide.addText(xmlText(row.lane.name), {
      x: SLIDE.margin + 0.14, y: row.y, w: STAGE_FRAME.laneHeaderWidth - 0.2, h: row.h, fontFace: FONT_FACE, lang: ctx.lang, fontSize: row.nameFont, bold: true,
      color: hex(EXPORT_GRID.laneHeaderText), valign: row.lane.collapsed ? 'middle' : 'top', margin: insets(4, 2, 4, 0),
    });
  }
  if (row.lane.collapsed) return;
  if (row.lane.kind === 'emotions') paintEmotions(ctx, slide, plan, row);
  if (row.lane.kind === 'metrics') paintMetrics(ctx, slide, plan, row);
  const cards = plan.cards.filter((c) => c.card.laneId === row.lane.id);
  if (cards.length > 0) paintCards(ctx, slide, plan, cards, stageName);
}

/**
 * Cards as rounded rectangles holding their text (editable), a storyboard frame across the
 * top of a card that has one (its alt text the card's text, else which stage's frame it is).
 */
function paintCards(ctx: StageSlideContext, slide: Slide, plan: StagePlan, placed: readonly PlacedCard[], stageName: string): void {
  const { pptx } = ctx;
  const s = spacing(plan.font);
  const kinds = new Map(ctx.layout.lanes.map((l) => [l.id, l.kind]));
  for (const { card, x, y, w, h } of placed) {
    const colours = EXPORT_LANE_COLOURS[kinds.get(card.laneId) ?? 'actions'];
    const box = { x, y, w, h, fill: { color: hex(card.colour ?? colours.fill) }, line: { color: hex(colours.accent), width: 0.75 }, rectRadius: Math.min(0.06, w / 2, h / 2) };
    const text = xmlText(card.text);
    const details = xmlText(card.details);
    const pictured = imageHeight(card, w, plan.imageCap);
    const hasText = text.trim() !== '' || details !== '';
    if (!hasText || card.image) slide.addShape(pptx.ShapeType.roundRect, box);
    if (card.image) {
      const alt = card.text.trim() !== '' ? card.text.replace(/\s*\n\s*/g, ' ').trim() : ctx.t('exchange.pptx.storyboardFrame', { stage: stageName });
      // 16:9, centred in the card's width when the card is wider than its frame.
      const frameW = Math.min(w - s.accent, (pictured * 16) / 9);
      slide.addImage({ data: `${card.image.mimeType};base64,${card.image.data}`, x: x + s.accent + (w - s.accent - frameW) / 2, y, w: frameW, h: pictured, altText: xmlText(alt) });
    }
    if (hasText) {
      const runs: PptxGenJS.TextProps[] = [];
      // Exact line spacing, as the layout counted it, so text fills its card alike in every program.
      if (text.trim() !== '') runs.push({ text, options: { fontSize: plan.font, lineSpacing: s.line * PT, color: hex(EXPORT_GRID.cardText), ...(details ? { breakLine: true } : {}) } });
      if (details) runs.push({ text: details, options: { fontSize: detailsFont(plan.font), lineSpacing: s.line * 0.85 * PT, color: hex(EXPORT_GRID.muted) } });
      const area = card.image ? { x, y: y + pictured, w, h: h - pictured } : { ...box, shape: pptx.ShapeType.roundRect };
      slide.addText(runs, {
        ...area, fontFace: FONT_FACE, lang: ctx.lang, valign: 'top', wrap: true,
        margin: insets(s.pad * PT, s.pad * PT, s.pad * PT, (s.pad + s.accent) * PT),
      });
    }
    slide.addShape(pptx.ShapeType.rect, { x, y: y + 0.02, w: s.accent, h: h - 0.04, fill: { color: hex(colours.accent) }, line: { type: 'none' } });
  }
}

/** The y of an emotion value in a lane row: +2 at the top, −2 at the bottom, as on the canvas. */
function emotionY(row: LaneRow, value: number): number {
  const pad = Math.min(0.22, row.h * 0.16);
  return row.y + pad + ((EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN)) * (row.h - 2 * pad);
}

/** A segment between two points, cut to [left, right] (the neighbouring stages lie beyond). */
function clipped(a: { x: number; y: number }, b: { x: number; y: number }, left: number, right: number) {
  const at = (x: number) => a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x || 1);
  const x1 = Math.max(left, Math.min(a.x, b.x));
  const x2 = Math.min(right, Math.max(a.x, b.x));
  return x2 <= x1 ? null : { x1, y1: at(x1), x2, y2: at(x2) };
}

function curvePoints(ctx: StageSlideContext, plan: StagePlan, row: LaneRow, curve: EmotionCurveBox) {
  const columnIndex = new Map(ctx.layout.columns.map((c, i) => [columnKey(c.stageId, c.stepId), i]));
  const stageIndexes = plan.columns.map((c) => columnIndex.get(columnKey(c.column.stageId, c.column.stepId)) ?? 0);
  const first = Math.min(...stageIndexes);
  const last = Math.max(...stageIndexes);
  const average = (plan.right - plan.left) / Math.max(1, plan.columns.length);
  const indexed = curve.points.map((p) => ({ p, i: columnIndex.get(columnKey(p.stageId, p.stepId)) ?? 0 }));
  const before = indexed.filter((e) => e.i < first).at(-1);
  const after = indexed.find((e) => e.i > last);
  const inside = indexed.filter((e) => e.i >= first && e.i <= last).map(({ p, i }) => {
    const column = plan.columns[stageIndexes.indexOf(i)];
    return { x: column ? column.x + column.w / 2 : plan.left, y: emotionY(row, p.value), value: p.value, own: true, label: (p.label ?? '').trim(), width: column?.w ?? 1, column: columnKey(p.stageId, p.stepId) };
  });
  return [
    ...(before ? [{ x: plan.left - (first - before.i - 0.5) * average, y: emotionY(row, before.p.value), value: before.p.value, own: false, label: '', width: 0, column: '' }] : []),
    ...inside,
    ...(after ? [{ x: plan.right + (after.i - last - 0.5) * average, y: emotionY(row, after.p.value), value: after.p.value, own: false, label: '', width: 0, column: '' }] : []),
  ];
}

/** The lane's −2..+2 scale and each curve as line segments and points, running on to the stages either side. */
function paintEmotions(ctx: StageSlideContext, slide: Slide, plan: StagePlan, row: LaneRow): void {
  const { pptx } = ctx;
  for (let level = EMOTION_MAX; level >= EMOTION_MIN; level -= 1) {
    const y = emotionY(row, level);
    slide.addShape(pptx.ShapeType.line, { x: plan.left, y, w: plan.right - plan.left, h: 0, line: { color: hex(EXPORT_GRID.line), width: level === 0 ? 1.25 : 0.75, dashType: level === 0 ? 'solid' : 'sysDash' } });
  }
  const curves = ctx.layout.emotionCurves.filter((c) => c.laneId === row.lane.id);
  const diameter = Math.min(0.34, Math.max(0.24, (plan.font * 1.9) / PT));
  const paths = spreadColumns(curves.map((curve) => curvePoints(ctx, plan, row, curve)), diameter / 2);
  curves.forEach((curve, c) => {
    const points = paths[c] ?? [];
    points.slice(1).forEach((to, i) => {
      const from = points[i];
      const segment = from && clipped(from, to, plan.left, plan.right);
      if (!segment) return;
      slide.addShape(pptx.ShapeType.line, {
        x: segment.x1, y: Math.min(segment.y1, segment.y2), w: segment.x2 - segment.x1, h: Math.abs(segment.y2 - segment.y1),
        flipV: segment.y2 < segment.y1, line: { color: hex(curve.colour), width: 2.25, dashType: DASH[curve.style] },
      });
    });
    for (const point of points.filter((p) => p.own)) {
      slide.addText(xmlText(formatSigned(point.value, ctx.language)), {
        shape: pptx.ShapeType.ellipse, x: point.x - diameter / 2, y: point.y - diameter / 2, w: diameter, h: diameter,
        fill: { color: hex(exportEmotionColour(point.value)) }, line: { color: 'FFFFFF', width: 1.5 },
        fontFace: FONT_FACE, lang: ctx.lang, fontSize: Math.round(diameter * PT * 0.4), bold: true, color: 'FFFFFF', align: 'center', valign: 'middle', margin: 0, wrap: false,
      });
    }
  });
  paintPointLabels(ctx, slide, plan, row, paths.flat().filter((p) => p.own), diameter);
  paintCurveLegend(ctx, slide, row, curves);
}

type CurvePoint = ReturnType<typeof curvePoints>[number];

/** Points of several curves that would cover one another in a column, set side by side (as the poster does). */
function spreadColumns(paths: readonly CurvePoint[][], r: number): CurvePoint[][] {
  const columns = new Map<string, { c: number; i: number; y: number }[]>();
  paths.forEach((points, c) => points.forEach((p, i) => {
    if (p.own) columns.set(p.column, [...(columns.get(p.column) ?? []), { c, i, y: p.y }]);
  }));
  const moved = paths.map((points) => points.map((p) => ({ ...p })));
  for (const entries of columns.values()) {
    spreadAcross(entries.map((e) => e.y), r, 0.03).forEach((dx, k) => {
      const entry = entries[k];
      const point = entry && moved[entry.c]?.[entry.i];
      if (point) point.x += dx;
    });
  }
  return moved;
}

/** The points' labels, as on the map: under (or over) their point, clear of the other curves' labels and points in the column. */
function paintPointLabels(ctx: StageSlideContext, slide: Slide, plan: StagePlan, row: LaneRow, points: readonly CurvePoint[], diameter: number): void {
  const size = Math.max(7, Math.min(12, plan.font));
  const height = (size * 1.35) / PT;
  const columns = new Map<string, CurvePoint[]>();
  for (const point of points) columns.set(point.column, [...(columns.get(point.column) ?? []), point]);
  for (const column of columns.values()) {
    const labelled = column.filter((p) => p.label !== '');
    if (labelled.length === 0) continue;
    const r = diameter / 2;
    const tops = placeAlong(
      labelled.map((p) => {
        const [below, above] = [p.y + r + 0.02, p.y - r - 0.02 - height];
        return p.value >= 0 ? { preferredTop: below, otherTop: above } : { preferredTop: above, otherTop: below };
      }),
      height, column.map((p) => ({ top: p.y - r, bottom: p.y + r })), { top: row.y, bottom: row.y + row.h }, 0.01,
    );
    labelled.forEach((point, i) => {
      const w = Math.max(0.3, point.width - 0.1);
      const text = ellipsize(point.label, w * PT, (t) => ctx.measure.width(t, size, 'regular'));
      slide.addText(xmlText(text), {
        x: point.x - w / 2, y: tops[i] ?? point.y, w, h: height, fontFace: FONT_FACE, lang: ctx.lang, fontSize: size,
        color: hex(EXPORT_GRID.cardText), align: 'center', valign: 'middle', margin: 0, wrap: false,
      });
    });
  }
}

/** Which curve is which, under the lane's name (left out for a lone curve named like its lane). */
function paintCurveLegend(ctx: StageSlideContext, slide: Slide, row: LaneRow, curves: readonly EmotionCurveBox[]): void {
  if (curves.length === 0 || (curves.length === 1 && curves[0]?.name === row.lane.name)) return;
  const size = Math.min(11, row.nameFont);
  const step = (size * 1.5) / PT;
  const top = row.y + (row.nameFont * 1.2 + 8) / PT;
  curves.forEach((curve, i) => {
    const y = top + i * step;
    if (y + step > row.y + row.h || curve.name.trim() === '') return;
    slide.addShape(ctx.pptx.ShapeType.line, { x: SLIDE.margin + 0.16, y: y + step / 2, w: 0.3, h: 0, line: { color: hex(curve.colour), width: 2.25, dashType: DASH[curve.style] } });
    slide.addText(xmlText(curve.name), {
      x: SLIDE.margin + 0.52, y, w: STAGE_FRAME.laneHeaderWidth - 0.58, h: step, fontFace: FONT_FACE, lang: ctx.lang, fontSize: size,
      color: hex(EXPORT_GRID.laneHeaderText), valign: 'middle', margin: 0, wrap: false,
    });
  });
}

/** A metrics lane's number in each column, with its unit. */
function paintMetrics(ctx: StageSlideContext, slide: Slide, plan: StagePlan, row: LaneRow): void {
  const unit = ctx.doc.lanes.find((l) => l.id === row.lane.id)?.unit;
  for (const { column, x, w } of plan.columns) {
    const metric = ctx.doc.metricValues.find((m) => m.laneId === row.lane.id && m.stageId === column.stageId && m.stepId === column.stepId);
    if (!metric) continue;
    slide.addText(xmlText(`${formatNumber(metric.value, ctx.language)}${unit ? ` ${unit}` : ''}`), {
      x, y: row.y, w, h: row.h, fontFace: FONT_FACE, lang: ctx.lang, fontSize: Math.max(6, Math.min(20, plan.font * 1.4)), bold: true,
      color: hex(metric.value < 0 ? '#B3470A' : EXPORT_GRID.cardText), align: 'center', valign: 'middle', margin: 0,
    });
  }
}

/** The service blueprint's lines between lanes, dashed and named, as on the map. */
function paintBlueprintLines(ctx: StageSlideContext, slide: Slide, plan: StagePlan): void {
  for (const line of ctx.layout.blueprintLines) {
    const row = plan.rows.find((r) => Math.abs(r.lane.y - line.y) < 0.5);
    if (!row) continue;
    slide.addShape(ctx.pptx.ShapeType.line, { x: plan.left, y: row.y, w: plan.right - plan.left, h: 0, line: { color: hex(EXPORT_GRID.muted), width: 1.5, dashType: 'dash' } });
    slide.addText(xmlText(ctx.t(`exchange.blueprint.${line.kind}`)), {
      x: plan.right - 3, y: row.y - 0.18, w: 3, h: 0.17, fontFace: FONT_FACE, lang: ctx.lang, fontSize: 8, bold: true, color: hex(EXPORT_GRID.muted), align: 'right', valign: 'bottom', margin: 0,
    });
  }
}

/**
 * One slide per stage, or several for a stage too full for one at 10 pt: the stage's name as
 * the slide's title (a real title placeholder), its steps across, the map's lanes down the
 * left, each lane's cards (storyboard frames as pictures) as editable rounded rectangles,
 * the emotion curve as native lines and points, metric values, and the stage's speaker notes
 * as presenter notes. Shapes are read title first, then lane by lane.
 */
export function addStageSlides(ctx: StageSlideContext): void {
  const stages = ctx.layout.stages;
  stages.forEach((stage, index) => {
    const stageName = stage.name.replace(/\s*\n\s*/g, ' ').trim() || ctx.t('exchange.pptx.stageOf', { stage: index + 1, stages: stages.length });
    const plans = pageStage(ctx.layout, stage.id, stageCards(ctx, stage.id), ctx.measure);
    const notes = ctx.doc.stages.find((s) => s.id === stage.id)?.speakerNotes?.trim();
    plans.forEach((plan, part) => {
      const title = part === 0 ? stageName : ctx.t('exchange.pptx.continued', { stage: stageName });
      const slide = addTitledSlide(ctx.pptx, 'stage', title, ctx.lang);
      const label = plans.length > 1
        ? ctx.t('exchange.pptx.stagePart', { stage: index + 1, stages: stages.length, part: part + 1, parts: plans.length })
        : ctx.t('exchange.pptx.stageOf', { stage: index + 1, stages: stages.length });
      paintHeader(ctx, slide, stage, plan, label);
      plan.rows.forEach((row, i) => paintLaneBackground(ctx, slide, plan, row, i));
      paintBlueprintLines(ctx, slide, plan);
      for (const row of plan.rows) paintLaneContent(ctx, slide, plan, row, stageName);
      if (notes) slide.addNotes(xmlText(notes));
    });
  });
}
