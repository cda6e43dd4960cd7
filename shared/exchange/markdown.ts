import { compareOrder, sortByOrder } from '../document/order';
import type { JourneyDocument } from '../document/schema';
import type { Translate } from '../templates/templates';
import { actionPlanItems } from './action-plan';
import { cardFields } from './card-fields';
import { journeyFacts, personaFacts } from './report-facts';
import { linkedMapsTable } from './linked-maps';
import { mapGrid } from './map-grid';
import { escapeMarkdown, inline, table } from './markdown-text';
import { workshopMarkdown } from './workshop-report';

export { escapeMarkdown, inline, table };

function stageSections(doc: JourneyDocument, t: Translate): string[] {
  const lines: string[] = [];
  const lanes = sortByOrder(doc.lanes).filter((l) => !l.hidden);
  for (const stage of sortByOrder(doc.stages)) {
    lines.push(`### ${inline(stage.name)}`, '');
    const steps = sortByOrder(doc.steps.filter((s) => s.stageId === stage.id));
    for (const lane of lanes) {
      const cards = doc.cards.filter((c) => c.laneId === lane.id && c.stageId === stage.id).sort(compareOrder)
        .sort((a, b) => steps.findIndex((s) => s.id === a.stepId) - steps.findIndex((s) => s.id === b.stepId));
      if (cards.length === 0) continue;
      lines.push(`**${inline(lane.name)}**`, '');
      for (const card of cards) {
        const step = steps.find((s) => s.id === card.stepId);
        const text = escapeMarkdown(card.text).replace(/\r?\n/g, '\n  ');
        lines.push(`- ${step ? `*${inline(step.name)}:* ` : ''}${text}`);
        for (const field of cardFields(card, doc, t)) lines.push(`  - ${inline(field.label)}: ${inline(field.value)}`);
      }
      lines.push('');
    }
  }
  return lines;
}

/** A readable Markdown hand-over: facts, personas, the grid as a table, content by stage, action plan, workshop results. */
export function journeyToMarkdown(doc: JourneyDocument, t: Translate, language = 'en'): string {
  const lines: string[] = [`# ${inline(doc.journey.title || t('app.untitled'))}`, ''];
  if (doc.journey.description) lines.push(escapeMarkdown(doc.journey.description), '');
  for (const fact of journeyFacts(doc, t)) lines.push(`- **${inline(fact.label)}:** ${inline(fact.value)}`);
  lines.push('');
  if (doc.personas.length > 0) {
    lines.push(`## ${inline(t('exchange.report.personas'))}`, '');
    for (const persona of doc.personas) {
      lines.push(`### ${inline(persona.name)}`, '');
      if (persona.quote) lines.push(`> ${inline(persona.quote)}`, '');
      for (const fact of personaFacts(persona, t)) lines.push(`- **${inline(fact.label)}:** ${inline(fact.value)}`);
      lines.push('');
    }
  }
  lines.push(`## ${inline(t('exchange.report.map'))}`, '', ...table(mapGrid(doc)), '');
  lines.push(`## ${inline(t('exchange.report.byStage'))}`, '', ...stageSections(doc, t));
  const plan = actionPlan(doc, t);
  if (plan.length > 1) lines.push(`## ${inline(t('exchange.report.actionPlan'))}`, '', ...table(plan), '');
  const links = linkedMapsTable(doc, t);
  if (links.length > 1) lines.push(`## ${inline(t('workspace.export.heading'))}`, '', ...table(links), '');
  lines.push(...workshopMarkdown(doc, t, language));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Opportunities with owner, priority and status, in stage order: header row first. */
export function actionPlan(doc: JourneyDocument, t: Translate): string[][] {
  const value = (v: string | undefined) => (v ? t(`exchange.value.${v}`, { defaultValue: v }) : '');
  const rows = actionPlanItems(doc).map(({ stage, card }) => [stage, card.text, card.owner ?? '', value(card.priority), value(card.status)]);
  return [[t('exchange.plan.stage'), t('exchange.plan.opportunity'), t('exchange.plan.owner'), t('exchange.plan.priority'), t('exchange.plan.status')], ...rows];
}
