import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { parseJourneyText } from '../../shared/document/parse';
import type { Asset, JourneyDocument } from '../../shared/document/schema';
import { makePng } from './png';

const SV_RETAIL = new URL('../../shared/templates/library/sv/retail.journey', import.meta.url).pathname;

/** A real WebP (as the app stores photos and frames) of the gradient-and-disc test picture. */
export async function makeWebp(width: number, height: number): Promise<Buffer> {
  return sharp(makePng(width, height)).webp({ quality: 80 }).toBuffer();
}

/** Emotion points' labels, on both curves at stages 2 and 4 (values 0.5 and 1, 1.5 and 1). */
export const POINT_LABELS: Readonly<Record<string, string>> = {
  'curve-1-2': 'Hoppfull', 'tobe-2': 'Säker på modellen', 'curve-1-4': 'Glad i butiken', 'tobe-4': 'Trygg', 'curve-1-5': 'Irriterad i kön',
};

export const NPS_VALUES = [12, 25, 8, -20, 31, 44, 18, -6] as const;

/**
 * What a consultant hands over: the Swedish retail example grown to 8 stages, with a
 * storyboard lane of WebP frames, a persona with a WebP photo and a curve of her own, a second
 * (to-be) curve, an NPS lane with negative values, evidence, assumed cards, severities,
 * priorities and owners. Valid by the journey schema (it goes through parseJourneyText).
 */
export async function richSwedishJourney(): Promise<JourneyDocument> {
  const doc = JSON.parse(readFileSync(SV_RETAIL, 'utf8')) as JourneyDocument;
  doc.stages.push({ id: 'stage-7', name: 'Använda', order: 'a6' }, { id: 'stage-8', name: 'Rekommendera', order: 'a7' });
  const stages = doc.stages.map((s) => s.id);
  const frame = (await makeWebp(480, 270)).toString('base64');
  const photo = (await makeWebp(256, 256)).toString('base64');
  const assets: Asset[] = [
    { id: 'asset-frame', mimeType: 'image/webp', width: 480, height: 270, data: frame },
    { id: 'asset-photo', mimeType: 'image/webp', width: 256, height: 256, data: photo },
  ];
  doc.assets = assets;
  doc.personas[0]!.photoId = 'asset-photo';
  doc.lanes.push(
    { id: 'lane-story', kind: 'storyboard', name: 'Storyboard', order: 'a05' },
    { id: 'lane-nps', kind: 'metrics', name: 'NPS', order: 'a7', unit: 'NPS' },
  );
  doc.cards.push(
    { id: 'story-1', stageId: 'stage-1', laneId: 'lane-story', order: 'a0', text: 'Sofia ser annonsen på bussen', imageId: 'asset-frame' },
    { id: 'story-4', stageId: 'stage-4', laneId: 'lane-story', order: 'a0', text: 'Provar skor i butiken', imageId: 'asset-frame' },
    { id: 'actions-7-1', stageId: 'stage-7', laneId: 'lane-actions', order: 'a0', text: 'Springer sitt första halvmaraton i de nya skorna' },
    { id: 'actions-8-1', stageId: 'stage-8', laneId: 'lane-actions', order: 'a0', text: 'Tipsar löparklubben om butikens löpanalys' },
    { id: 'pain-8-1', stageId: 'stage-8', laneId: 'lane-painPoints', order: 'a0', text: 'Ingen enkel väg att dela en rekommendation', severity: 5, confidence: 'assumed' },
    {
      id: 'opp-7-1', stageId: 'stage-7', laneId: 'lane-opportunities', order: 'a0', text: 'Skicka ett löpprogram efter köpet',
      owner: 'Ada (CRM)', priority: 'high', status: 'inProgress',
      evidence: [{ id: 'ev-1', kind: 'quote', text: 'Jag hade velat ha ett program', source: 'Intervju 4', date: '2026-02-11' }],
    },
  );
  const firstAction = doc.cards.find((c) => c.id === 'actions-1-1')!;
  firstAction.evidence = [{ id: 'ev-2', kind: 'note', text: 'Sju av tio nämnde slitna skor', date: '2026-01-20' }];
  doc.metricValues.push(
    { id: 'metrics-7', laneId: 'lane-metrics', stageId: 'stage-7', value: 4.4 },
    { id: 'metrics-8', laneId: 'lane-metrics', stageId: 'stage-8', value: 4.6 },
    ...NPS_VALUES.map((value, i) => ({ id: `nps-${i + 1}`, laneId: 'lane-nps', stageId: stages[i]!, value })),
  );
  doc.emotionPoints.push(
    { id: 'curve-1-7', curveId: 'curve-1', stageId: 'stage-7', value: 2 },
    { id: 'curve-1-8', curveId: 'curve-1', stageId: 'stage-8', value: 1 },
  );
  doc.emotionCurves.push({ id: 'curve-tobe', laneId: 'lane-emotions', name: 'Önskat läge', style: 'dashed', colour: '#009E73' });
  const toBe = [1, 1, 1.5, 1, 0.5, 1.5, 2, 2];
  doc.emotionPoints.push(...toBe.map((value, i) => ({ id: `tobe-${i + 1}`, curveId: 'curve-tobe', stageId: stages[i]!, value })));
  // Labels on points of both curves where their values lie close: their labels must not overlap.
  for (const [id, label] of Object.entries(POINT_LABELS)) doc.emotionPoints.find((p) => p.id === id)!.label = label;
  return parseJourneyText(JSON.stringify(doc));
}
