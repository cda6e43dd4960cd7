import { firstKeys } from '../document/order';
import { newId } from '../document/ids';
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_NAME,
  type JourneyDocument,
  type LaneKind,
} from '../document/schema';

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
  const emotionPoints = lanes
    .filter((lane) => lane.kind === 'emotions')
    .flatMap((lane) => stages.map((stage) => ({ id: newId(), laneId: lane.id, stageId: stage.id, value: 0 })));
  return {
    format: FORMAT_NAME,
    formatVersion: CURRENT_FORMAT_VERSION,
    minReaderVersion: 1,
    journey: { title: t('app.untitled'), description: '', goal: '' },
    stages,
    lanes,
    cards: [],
    emotionPoints,
  };
}
