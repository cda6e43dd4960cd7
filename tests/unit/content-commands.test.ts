import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '../../shared/document/changes';
import {
  addChannel, addEvidence, addMissingChannels, linkTargets, markReviewed, moveChannel, removeChannel, removeEvidence, renameChannel,
  setCardImage, setLinks, setMetricValue, toggleLink, updateEvidence,
} from '../../shared/document/commands';
import { LIMITS } from '../../shared/document/limits';
import { sortByOrder } from '../../shared/document/order';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { currentFixtureText } from '../helpers/fixtures';

const fixture = (): JourneyDocument => parseJourneyText(currentFixtureText());
const apply = (doc: JourneyDocument, changes: readonly Change[]) => validateJourney(applyChanges(doc, changes));
const image = { mimeType: 'image/jpeg' as const, width: 16, height: 9, data: 'AAAA' };

describe('channel commands', () => {
  it('adds, renames and reorders channels', () => {
    const doc = fixture();
    const added = addChannel(doc, '  Chat ')!;
    let next = apply(doc, added.changes);
    expect(sortByOrder(next.channels).at(-1)).toMatchObject({ name: 'Chat' });
    next = apply(next, renameChannel(next, added.channel.id, 'Live chat'));
    next = apply(next, moveChannel(next, added.channel.id, 'ch-social'));
    expect(sortByOrder(next.channels).map((c) => c.name)).toEqual(['Live chat', 'Social media', 'Website', 'Mobile app', 'Email']);
    expect(addChannel(doc, '   ')).toBeNull();
    expect(renameChannel(doc, 'ch-web', '')).toEqual([]);
  });

  it('adds only the default channels the list lacks, ignoring case and accents', () => {
    const doc = fixture();
    const next = apply(doc, addMissingChannels(doc, ['Website', 'EMAIL', 'Phone', 'Störe', 'Store']));
    expect(sortByOrder(next.channels).map((c) => c.name).slice(4)).toEqual(['Phone', 'Störe']);
    expect(addMissingChannels(next, ['phone'])).toEqual([]);
  });

  it('stops at the channel limit', () => {
    const doc = fixture();
    const names = Array.from({ length: LIMITS.channels }, (_, i) => `Channel ${i}`);
    const next = apply(doc, addMissingChannels(doc, names));
    expect(next.channels).toHaveLength(LIMITS.channels);
    expect(addChannel(next, 'One more')).toBeNull();
  });

  it('removes a channel from its touchpoints and views', () => {
    const doc = fixture();
    doc.views[0]!.channelIds = ['ch-app'];
    const next = apply(doc, removeChannel(doc, 'ch-app'));
    expect(next.cards.find((c) => c.id === 'card-touchpoints-3')).not.toHaveProperty('channelId');
    expect(next.views[0]).not.toHaveProperty('channelIds');
    expect(next.channels.map((c) => c.id)).not.toContain('ch-app');
  });
});

describe('metric values', () => {
  it('sets, changes and clears a value per column, only in metrics lanes', () => {
    const doc = fixture();
    const column = { stageId: 'stage-1' };
    const next = apply(doc, setMetricValue(doc, 'lane-nps', column, 42.5));
    expect(next.metricValues.find((m) => m.stageId === 'stage-1')?.value).toBe(42.5);
    const changed = apply(next, setMetricValue(next, 'lane-nps', column, 40));
    expect(changed.metricValues.filter((m) => m.stageId === 'stage-1').map((m) => m.value)).toEqual([40]);
    expect(setMetricValue(changed, 'lane-nps', column, 40)).toEqual([]);
    expect(apply(changed, setMetricValue(changed, 'lane-nps', column, null)).metricValues.some((m) => m.stageId === 'stage-1')).toBe(false);
    expect(setMetricValue(doc, 'lane-actions', column, 1)).toEqual([]);
    expect(setMetricValue(doc, 'lane-nps', column, Number.POSITIVE_INFINITY)).toEqual([]);
    expect(setMetricValue(doc, 'lane-nps', column, 2e12)).toEqual([]);
  });

  it('puts a value in a step when the stage has steps', () => {
    const doc = fixture();
    const next = apply(doc, setMetricValue(doc, 'lane-nps', { stageId: 'stage-3', stepId: 'step-payment' }, 7));
    expect(next.metricValues.find((m) => m.stepId === 'step-payment')?.value).toBe(7);
  });
});

describe('opportunity links', () => {
  it('links an opportunity to pain points and touchpoints, without itself, twice or missing cards', () => {
    const doc = fixture();
    const targets = linkTargets(doc).map((c) => c.id);
    expect(targets).toContain('card-touchpoints-1');
    expect(targets.some((id) => id.startsWith('card-actions'))).toBe(false);
    const next = apply(doc, setLinks(doc, 'card-opportunities-1', ['card-touchpoints-1', 'card-touchpoints-1', 'ghost', 'card-opportunities-1']));
    expect(next.cards.find((c) => c.id === 'card-opportunities-1')?.links).toEqual(['card-touchpoints-1']);
    const toggled = apply(next, toggleLink(next, 'card-opportunities-1', 'card-touchpoints-1'));
    expect(toggled.cards.find((c) => c.id === 'card-opportunities-1')).not.toHaveProperty('links');
  });

  it('keeps at most the file’s limit of links', () => {
    const doc = fixture();
    const cell = { stageId: 'stage-1', laneId: 'lane-pain', order: 'a0', text: 'x' };
    doc.cards.push(...Array.from({ length: LIMITS.linksPerCard + 5 }, (_, i) => ({ ...cell, id: `pain-${i}`, order: `a${i}` })));
    const next = apply(doc, setLinks(doc, 'card-opportunities-1', doc.cards.filter((c) => c.id.startsWith('pain-')).map((c) => c.id)));
    expect(next.cards.find((c) => c.id === 'card-opportunities-1')?.links).toHaveLength(LIMITS.linksPerCard);
  });
});

describe('evidence', () => {
  it('adds, edits and removes quotes and notes behind a card', () => {
    const doc = fixture();
    const added = addEvidence(doc, 'card-actions-1', { kind: 'quote', text: '“I saw it on Instagram”', source: 'Interview 3', date: '2026-03-02' })!;
    let next = apply(doc, added.changes);
    expect(next.cards.find((c) => c.id === 'card-actions-1')?.evidence).toEqual([{ id: added.evidence.id, kind: 'quote', text: '“I saw it on Instagram”', source: 'Interview 3', date: '2026-03-02' }]);
    next = apply(next, updateEvidence(next, 'card-actions-1', added.evidence.id, { source: '', kind: 'note' }));
    expect(next.cards.find((c) => c.id === 'card-actions-1')?.evidence?.[0]).toEqual({ id: added.evidence.id, kind: 'note', text: '“I saw it on Instagram”', date: '2026-03-02' });
    next = apply(next, removeEvidence(next, 'card-actions-1', added.evidence.id));
    expect(next.cards.find((c) => c.id === 'card-actions-1')).not.toHaveProperty('evidence');
    expect(removeEvidence(next, 'card-actions-1', added.evidence.id)).toEqual([]);
  });

  it('refuses evidence beyond the per-card limit', () => {
    const doc = fixture();
    const card = doc.cards.find((c) => c.id === 'card-actions-1')!;
    card.evidence = Array.from({ length: LIMITS.evidencePerCard }, (_, i) => ({ id: `e${i}`, kind: 'note' as const, text: 'n' }));
    expect(addEvidence(doc, 'card-actions-1', { kind: 'note', text: 'one more' })).toBeNull();
  });
});

describe('storyboard images', () => {
  it('puts an image on a card, replaces it, and drops the unused one', () => {
    const doc = fixture();
    let next = apply(doc, setCardImage(doc, 'card-actions-1', image));
    const first = next.cards.find((c) => c.id === 'card-actions-1')!.imageId!;
    next = apply(next, setCardImage(next, 'card-actions-1', { ...image, data: 'BBBB' }));
    expect(next.assets.map((a) => a.id)).not.toContain(first);
    next = apply(next, setCardImage(next, 'card-actions-1', null));
    expect(next.assets.map((a) => a.id)).toEqual(['img-maja']);
    expect(setCardImage(next, 'card-actions-1', null)).toEqual([]);
  });
});

describe('reviews', () => {
  it('marks the map reviewed today and plans the next review a quarter later', () => {
    const doc = fixture();
    const next = apply(doc, markReviewed(doc, '2026-11-30'));
    expect(next.journey).toMatchObject({ lastReviewed: '2026-11-30', nextReview: '2027-02-28' });
  });
});
