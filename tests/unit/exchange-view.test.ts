import { describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { applyView, findView } from '../../shared/exchange/apply-view';
import { fullJourney } from '../helpers/exchange-journeys';

describe('exporting a saved view', () => {
  it('keeps the view’s lanes, stage range, personas and rated touchpoints, as a valid journey', () => {
    const doc = fullJourney();
    const view = findView(doc, 'Executive summary')!;
    expect(findView(doc, view.id)).toBe(view);
    const shown = applyView(doc, view);
    expect(() => serializeJourney(shown)).not.toThrow();
    expect(shown.stages.map((s) => s.name)).toEqual(['Consideration', 'Purchase', 'Retention']);
    expect(shown.lanes.map((l) => l.id)).toEqual(view.laneIds);
    expect(shown.cards.every((c) => view.laneIds!.includes(c.laneId) && shown.stages.some((s) => s.id === c.stageId))).toBe(true);
    expect(shown.cards.length).toBeGreaterThan(0);
    expect(shown.emotionPoints.every((p) => shown.stages.some((s) => s.id === p.stageId))).toBe(true);
    expect(shown.views).toEqual([]);
  });

  it('filters touchpoints by channel and rating, and cards by tag', () => {
    const doc = fullJourney();
    const touchpoints = doc.cards.filter((c) => doc.lanes.find((l) => l.id === c.laneId)?.kind === 'touchpoints');
    const channel = touchpoints.find((c) => c.channelId)!.channelId!;
    const byChannel = applyView(doc, { id: 'v', name: 'v', order: 'a0', channelIds: [channel] });
    expect(byChannel.cards.filter((c) => touchpoints.some((t) => t.id === c.id)).every((c) => c.channelId === channel)).toBe(true);
    const rated = applyView(doc, { id: 'v', name: 'v', order: 'a0', minRating: 5 });
    expect(rated.cards.filter((c) => touchpoints.some((t) => t.id === c.id)).every((c) => Math.max(c.impact ?? 0, c.importance ?? 0) >= 5)).toBe(true);
    const tagged = doc.cards.find((c) => c.tags && c.tags.length > 0);
    if (tagged) expect(applyView(doc, { id: 'v', name: 'v', order: 'a0', tags: [tagged.tags![0]!] }).cards.map((c) => c.id)).toContain(tagged.id);
  });
});
