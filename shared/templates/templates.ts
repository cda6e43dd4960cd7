import { firstKeys } from '../document/order';
import { CURVE_COLOURS } from '../document/commands/emotions';
import { newId } from '../document/ids';
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_NAME,
  type JourneyDocument,
  type LaneKind,
} from '../document/schema';

/** The channels practitioners list most; a journey's list is its own to edit. */
export const DEFAULT_CHANNELS = ['website', 'mobileApp', 'email', 'phone', 'store', 'socialMedia', 'ads', 'reviewSites', 'events', 'chat', 'print'] as const;

/** Looks up a UI string; templates name their stages and lanes in the user's language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface TemplateDefinition {
  readonly id: 'blank' | 'buyer5';
  readonly stageKeys: readonly string[];
  readonly laneKinds: readonly LaneKind[];
}

export const TEMPLATES: readonly TemplateDefinition[] = [
  { id: 'blank', stageKeys: ['numbered:1', 'numbered:2', 'numbered:3'], laneKinds: ['actions'] },
  {
    id: 'buyer5',
    stageKeys: ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'],
    laneKinds: ['actions', 'touchpoints', 'emotions', 'opportunities'],
  },
];

export type TemplateId = TemplateDefinition['id'];

function stageName(key: string, t: Translate): string {
  const [base, number] = key.split(':');
  return base === 'numbered' ? t('stage.numbered', { number }) : t(`stage.${key}`);
}

/** A new journey from a template, named in the caller's language. Emotion lanes start neutral. */
export function createJourney(templateId: TemplateId, t: Translate): JourneyDocument {
  const template = TEMPLATES.find((x) => x.id === templateId);
  if (!template) throw new Error(`unknown template ${templateId}`);
  const stageOrders = firstKeys(template.stageKeys.length);
  const laneOrders = firstKeys(template.laneKinds.length);
  const stages = template.stageKeys.map((key, i) => ({
    id: newId(),
    name: stageName(key, t),
    order: stageOrders[i] ?? '',
  }));
  const lanes = template.laneKinds.map((kind, i) => ({
    id: newId(),
    kind,
    name: t(`lane.${kind}`),
    order: laneOrders[i] ?? '',
  }));
  const emotionCurves = lanes
    .filter((lane) => lane.kind === 'emotions')
    .map((lane) => ({ id: newId(), laneId: lane.id, name: lane.name, style: 'solid' as const, colour: CURVE_COLOURS[0] }));
  const emotionPoints = emotionCurves.flatMap((curve) => stages.map((stage) => ({ id: newId(), curveId: curve.id, stageId: stage.id, value: 0 })));
  const channelOrders = firstKeys(DEFAULT_CHANNELS.length);
  const channels = DEFAULT_CHANNELS.map((key, i) => ({ id: newId(), name: t(`channel.${key}`), order: channelOrders[i] ?? '' }));
  return {
    format: FORMAT_NAME,
    formatVersion: CURRENT_FORMAT_VERSION,
    minReaderVersion: CURRENT_FORMAT_VERSION,
    journey: { title: t('app.untitled'), description: '', goal: '' },
    stages,
    steps: [],
    lanes,
    channels,
    cards: [],
    emotionCurves,
    emotionPoints,
    metricValues: [],
    personas: [],
    views: [],
    assets: [],
  };
}
