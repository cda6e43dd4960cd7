import { compareOrder, sortByOrder } from '../document/order';
import type { JourneyDocument } from '../document/schema';
import { escapeXml as esc } from '../export/escape';
import type { Translate } from '../templates/templates';
import { cardFields } from './card-fields';
import { table } from './html-table';
import { workshopHtml } from './workshop-report';
import { mapGrid } from './map-grid';
import { actionPlan } from './markdown';
import { linkedMapsTable } from './linked-maps';
import { journeyFacts, personaFacts } from './report-facts';

/** Nothing may run or load: no scripts, no requests; styles and fonts travel inside the file. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const STYLE = `
body{font-family:'Noto Sans','Noto Emoji',sans-serif;color:#1F2933;background:#F7F7F5;margin:0;line-height:1.45}
main{max-width:1100px;margin:0 auto;padding:32px 24px}
h1{font-size:2rem;margin:0 0 .25em}h2{margin-top:2em;border-bottom:2px solid #22313F;padding-bottom:.2em}
.map{overflow:auto;border:1px solid #D9D9D6;background:#fff;max-height:80vh}.map svg{display:block}
table{border-collapse:collapse;width:100%;background:#fff;margin:.5em 0 1em}
th,td{border:1px solid #D9D9D6;padding:6px 8px;text-align:left;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}
th{background:#EEF0F2}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{font-weight:700}dd{margin:0;white-space:pre-wrap}
.card{background:#fff;border:1px solid #D9D9D6;border-left:5px solid #0072B2;border-radius:6px;padding:8px 12px;margin:6px 0;white-space:pre-wrap;overflow-wrap:anywhere}
.fields{font-size:.9em;color:#4B5563;margin:.3em 0 0;padding-left:1.2em;white-space:normal}
blockquote{margin:.5em 0;padding-left:1em;border-left:4px solid #CC79A7;font-style:italic}
`;

const facts = (list: readonly { label: string; value: string }[]) =>
  list.length === 0 ? '' : `<dl>${list.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl>`;

function personas(doc: JourneyDocument, t: Translate): string {
  if (doc.personas.length === 0) return '';
  const assets = new Map(doc.assets.map((a) => [a.id, a]));
  return `<section><h2>${esc(t('exchange.report.personas'))}</h2>${doc.personas.map((p) => {
    const photo = p.photoId ? assets.get(p.photoId) : undefined;
    const img = photo ? `<img src="data:${photo.mimeType};base64,${photo.data}" alt="${esc(p.name)}" width="96" height="96" style="object-fit:cover;border-radius:50%">` : '';
    return `<article><h3>${esc(p.name)}</h3>${img}${p.quote ? `<blockquote>${esc(p.quote)}</blockquote>` : ''}${facts(personaFacts(p, t))}</article>`;
  }).join('')}</section>`;
}

function byStage(doc: JourneyDocument, t: Translate): string {
  const lanes = sortByOrder(doc.lanes).filter((l) => !l.hidden);
  const steps = new Map(doc.steps.map((s) => [s.id, s.name]));
  return sortByOrder(doc.stages).map((stage) => {
    const parts = lanes.flatMap((lane) => {
      const cards = doc.cards.filter((c) => c.laneId === lane.id && c.stageId === stage.id).sort(compareOrder);
      if (cards.length === 0) return [];
      return [`<h4>${esc(lane.name)}</h4>${cards.map((card) => {
        const fields = cardFields(card, doc, t);
        const step = card.stepId ? `<strong>${esc(steps.get(card.stepId) ?? '')}:</strong> ` : '';
        const list = fields.length ? `<ul class="fields">${fields.map((f) => `<li>${esc(f.label)}: ${esc(f.value)}</li>`).join('')}</ul>` : '';
        return `<div class="card">${step}${esc(card.text)}${list}</div>`;
      }).join('')}`];
    });
    const notes = stage.speakerNotes ? `<p><em>${esc(stage.speakerNotes)}</em></p>` : '';
    return `<section><h3>${esc(stage.name)}</h3>${notes}${parts.join('')}</section>`;
  }).join('');
}

/**
 * One self-contained HTML file: the map as inline SVG (fonts embedded), the journey's facts,
 * personas, the grid as a table, every card by stage with its fields, and the action plan.
 * Everything the user typed is escaped; a strict CSP forbids scripts and requests.
 */
export function journeyToHtml(doc: JourneyDocument, mapSvg: string, t: Translate, language = 'en'): string {
  const title = doc.journey.title || t('app.untitled');
  const plan = actionPlan(doc, t);
  const links = linkedMapsTable(doc, t);
  const svg = mapSvg.replace(/^<\?xml[^>]*>\s*/, '');
  return `<!DOCTYPE html>
<html lang="${esc(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Waymark">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${esc(title)}</h1>${doc.journey.description ? `<p>${esc(doc.journey.description)}</p>` : ''}${facts(journeyFacts(doc, t))}</header>
${personas(doc, t)}
<section><h2>${esc(t('exchange.report.map'))}</h2><div class="map" role="img" aria-label="${esc(title)}">${svg}</div>
${table(mapGrid(doc), true)}</section>
<section><h2>${esc(t('exchange.report.byStage'))}</h2>${byStage(doc, t)}</section>
${plan.length > 1 ? `<section><h2>${esc(t('exchange.report.actionPlan'))}</h2>${table(plan)}</section>` : ''}
${links.length > 1 ? `<section><h2>${esc(t('workspace.export.heading'))}</h2>${table(links)}</section>` : ''}
${workshopHtml(doc, t, language)}
</main>
</body>
</html>
`;
}
