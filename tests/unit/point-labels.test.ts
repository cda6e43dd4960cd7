import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import { validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { columnKey } from '../../shared/layout/columns';
import { computeLayout } from '../../shared/layout/layout';
import { estimateLines } from '../../shared/layout/metrics';
import { placePointLabels, POINT_LABEL } from '../../shared/layout/point-labels';
import type { ExportOptions } from '../../shared/exchange/formats';
import { t } from '../helpers/exchange-journeys';
import { journeyFrom } from '../helpers/journeys';
import { readPptx } from '../helpers/pptx-read';
import { POINT_LABELS, richSwedishJourney } from '../helpers/rich-journey';
import { useTempFolders } from '../helpers/temp-folder';

const run = promisify(execFile);
const folder = useTempFolders();
const options = (o: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): ExportOptions => ({ scale: 1, page: 'poster', orientation: 'landscape', ...o });

/** A map with one emotions lane of `values.length` curves, every point labelled. */
function curvesJourney(values: readonly (readonly number[])[]): JourneyDocument {
  const doc = journeyFrom('blank');
  const stages = doc.stages.slice(0, values[0]?.length ?? 1);
  return validateJourney({
    ...doc,
    stages,
    lanes: [{ id: 'lane-e', kind: 'emotions', name: 'Emotions', order: 'a0' }],
    cards: [],
    emotionCurves: values.map((_, c) => ({ id: `curve-${c}`, laneId: 'lane-e', name: `Persona ${c + 1}`, style: 'solid', colour: '#0072B2' })),
    emotionPoints: values.flatMap((row, c) => row.map((value, s) => ({ id: `p-${c}-${s}`, curveId: `curve-${c}`, stageId: stages[s]!.id, value, label: `Label ${c}-${s} with some words` }))),
  });
}

const overlaps = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) => a.top < b.bottom && b.top < a.bottom;

describe('emotion point labels', () => {
  it('never overlap one another or another curve’s point, however close the curves (random curves)', () => {
    const value = fc.integer({ min: -8, max: 8 }).map((v) => v / 4);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }).chain((stages) => fc.array(fc.array(value, { minLength: stages, maxLength: stages }), { minLength: 1, maxLength: 6 })), (values) => {
        const layout = computeLayout(curvesJourney(values), estimateLines);
        const labels = placePointLabels(layout);
        expect(labels).toHaveLength(values.length * (values[0]?.length ?? 0));
        const byColumn = new Map<string, typeof labels>();
        for (const label of labels) byColumn.set(columnKey(label.stageId, label.stepId), [...(byColumn.get(columnKey(label.stageId, label.stepId)) ?? []), label]);
        for (const [key, column] of byColumn) {
          const boxes = column.map((l) => ({ top: l.top, bottom: l.top + POINT_LABEL.height }));
          boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `labels in ${key}`).toBe(false)));
          const points = layout.emotionCurves.flatMap((c) => c.points.filter((p) => columnKey(p.stageId, p.stepId) === key));
          for (const box of boxes) for (const p of points) expect(overlaps(box, { top: p.y - POINT_LABEL.pointRadius, bottom: p.y + POINT_LABEL.pointRadius })).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('are in the poster (SVG and PDF, read back with poppler), apart where two personas are close, and in the PowerPoint deck', { timeout: 90_000 }, async () => {
    const doc = await richSwedishJourney();
    const dir = await folder();
    const svg = (await renderExport(doc, options({ format: 'svg' }), t)).toString('utf8');
    const at = (text: string) => {
      const match = new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)"[^>]*>${text}</text>`).exec(svg);
      expect(match, text).not.toBeNull();
      return { x: Number(match![1]), y: Number(match![2]) };
    };
    for (const label of Object.values(POINT_LABELS)) at(label);
    // Stage 2: Sofia at +0.5 and the to-be curve at +1 lie 15 units apart; their points are set
    // side by side (each value readable) and their labels do not meet.
    const [sofia, toBe] = [at('Hoppfull'), at('Säker på modellen')];
    expect(Math.abs(sofia.x - toBe.x)).toBe(2 * POINT_LABEL.pointRadius + 2);
    expect(Math.abs(sofia.y - toBe.y)).toBeGreaterThanOrEqual(POINT_LABEL.height);
    const value = (text: string) => [...svg.matchAll(new RegExp(`<circle cx="([\\d.]+)" cy="([\\d.]+)" r="13"[^>]*/>\\n<text[^>]*>${text}</text>`, 'g'))].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    const [one] = value('\\+1').filter((p) => Math.abs(p.x - toBe.x) < 1);
    const [half] = value('\\+0\\.5').filter((p) => Math.abs(p.x - sofia.x) < 1);
    expect(one && half && Math.hypot(one.x - half.x, one.y - half.y)).toBeGreaterThanOrEqual(2 * POINT_LABEL.pointRadius);

    const pdf = join(dir, 'poster.pdf');
    await writeFile(pdf, await renderExport(doc, options({ format: 'pdf' }), t));
    const { stdout: html } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']);
    const word = (text: string) => {
      const match = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${text}</word>`).exec(html);
      expect(match, text).not.toBeNull();
      return { top: Number(match![2]), bottom: Number(match![4]) };
    };
    expect(overlaps(word('Hoppfull'), word('Säker'))).toBe(false);
    expect(overlaps(word('Glad'), word('Trygg'))).toBe(false);

    const deck = readPptx(await renderExport(doc, options({ format: 'pptx' }), t));
    const texts = (n: number) => deck.slides[n]!.shapes.flatMap((s) => s.paragraphs);
    for (const label of Object.values(POINT_LABELS)) expect(texts(1).join('\n'), `overview: ${label}`).toContain(label);
    // Each stage slide carries its own points' labels.
    expect(deck.slides.some((s) => s.shapes.some((shape) => shape.paragraphs.includes('Säker på modellen')) && s.shapes.some((shape) => shape.paragraphs.includes('Hoppfull')))).toBe(true);
  });
});
