import { beforeAll, describe, expect, it } from 'vitest';
import { emotionToScore, journeyToMermaid, scoreToEmotion } from '../../shared/exchange/mermaid-export';
import { mermaidToJourney } from '../../shared/exchange/mermaid-import';
import { parseMermaidJourney } from '../../shared/exchange/mermaid-parse';
import { fullJourney, HOSTILE, hostileJourney, t } from '../helpers/exchange-journeys';
import { richSwedishJourney } from '../helpers/rich-journey';
import { officialMermaidParser, type OfficialJourney } from '../helpers/mermaid-official';

/** The examples of Mermaid's user journey documentation. */
const DOCS_EXAMPLE = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me`;
const ACCESSIBLE_EXAMPLE = `journey
  accTitle: New Developer Onboarding Experience
  accDescr: Journey map tracking a new developer through day-one setup
  title 👤 New Developer Onboarding
  section 📋 Day 1 Setup
    Read onboarding doc : 3 : New Dev
    Run into setup issues : 1 : New Dev
  section 🤝 Week 1 Integration
    Pair program on first PR : 4 : New Dev, Mentor
    First PR merged : 5 : New Dev
`;
const LABELS = { actions: 'Actions', emotions: 'Emotions', unnamedSection: 'Journey', everyone: 'Score' };

let official: (text: string) => OfficialJourney;
beforeAll(async () => {
  official = await officialMermaidParser();
});

const fromOfficial = (text: string) => official(text).sections.map((s) => ({
  name: s.name.trim(),
  tasks: s.tasks.map((t) => {
    const [score = '', actors = ''] = t.data.slice(1).split(':');
    return { name: t.name.trim(), score: Number(score), actors: actors.split(',').map((a) => a.trim()).filter(Boolean) };
  }),
}));

describe('Mermaid journey', () => {
  it('reads the documentation examples as Mermaid itself does', () => {
    for (const text of [DOCS_EXAMPLE, ACCESSIBLE_EXAMPLE]) {
      const ours = parseMermaidJourney(text).sections.map((s) => ({ name: s.name, tasks: s.tasks.map(({ name, score, actors }) => ({ name, score, actors })) }));
      expect(ours).toEqual(fromOfficial(text));
    }
    expect(parseMermaidJourney(ACCESSIBLE_EXAMPLE)).toMatchObject({ title: '👤 New Developer Onboarding', accDescription: 'Journey map tracking a new developer through day-one setup' });
  });

  it('exports a journey that Mermaid parses: sections from stages, tasks from actions, scores from the curve', () => {
    const doc = fullJourney();
    const text = journeyToMermaid(doc, 'Untitled');
    const parsed = fromOfficial(text);
    expect(official(text).title).toBe('Bike sharing: first month');
    expect(parsed.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    // The first curve ("Emotions", nobody's) scores the actions; the to-be curve is Maja's, and says so.
    expect(parsed[0]!.tasks[0]).toEqual({ name: 'Sees a friend’s post about the bike-sharing app', score: 4, actors: ['Emotions'] });
    const scoresOf = (actor: string) => parsed.flatMap((s) => s.tasks.filter((t) => t.actors.includes(actor)).map((t) => t.score));
    expect(scoresOf('Emotions')).toEqual([4, 4, 2, 2, 1, 4, 5]);
    expect(scoresOf('Maja， the commuter')).toEqual([4, 4]);
    expect(parsed[0]!.tasks.at(-1)).toEqual({ name: 'Maja， the commuter', score: 4, actors: ['Maja， the commuter'] });
    expect(parsed.flatMap((s) => s.tasks.filter((t) => t.actors.length !== 1))).toEqual([]);
  });

  it('keeps hostile text parseable, with only : ; # and line breaks replaced', () => {
    const doc = hostileJourney();
    const actions = new Set(doc.lanes.filter((l) => l.kind === 'actions').map((l) => l.id));
    for (const card of doc.cards.filter((c) => actions.has(c.laneId))) card.text = Object.values(HOSTILE).join(' ');
    const text = journeyToMermaid(doc, 'Untitled');
    const names = fromOfficial(text).flatMap((s) => s.tasks.filter((t) => !t.actors.includes('Maja， the commuter')).map((t) => t.name));
    const expected = Object.values(HOSTILE).join(' ').replace(/\s*\n\s*/g, ' ').replace(/:/g, '：').replace(/#/g, '＃').trim();
    expect(names).toHaveLength(doc.cards.filter((c) => actions.has(c.laneId)).length);
    expect(new Set(names)).toEqual(new Set([expected]));
    expect(official(text).title).toBe(`Title ${HOSTILE.script} ${HOSTILE.formula}`);
    expect(fromOfficial(text)[0]!.name).toBe(`${HOSTILE.formula} ${HOSTILE.emoji}`.replace(/:/g, '：'));
    expect(parseMermaidJourney(text).sections.flatMap((s) => s.tasks.filter((t) => !t.actors.includes('Maja， the commuter')).map((t) => t.name))).toEqual(names);
  });

  it('carries every curve, each scored under its own persona, and imports back to the same curves', async () => {
    const doc = await richSwedishJourney();
    const text = journeyToMermaid(doc, 'Untitled');
    const parsed = fromOfficial(text);
    expect(parsed).toHaveLength(8);
    const scoresOf = (actor: string) => parsed.map((s) => [...new Set(s.tasks.filter((t) => t.actors.includes(actor)).map((t) => t.score))]);
    const expected = (curveId: string) => doc.stages.map((stage) => doc.emotionPoints.filter((p) => p.curveId === curveId && p.stageId === stage.id).map((p) => emotionToScore(p.value)));
    // Sofia's own curve is labelled with her name, the to-be curve with its own; one score per stage each.
    expect(scoresOf('Sofia， helgmotionären')).toEqual(expected('curve-1'));
    expect(scoresOf('Önskat läge')).toEqual(expected('curve-tobe'));
    expect(parsed.flatMap((s) => s.tasks.map((t) => t.actors.length))).not.toContain(0);
    // Stages 7 and 8 have actions; a task per action card there too.
    expect(parsed[6]!.tasks.map((t) => t.name)).toContain('Springer sitt första halvmaraton i de nya skorna');
    const back = mermaidToJourney(text, 'file', LABELS, t).document!;
    // The curves' own tasks come back as scores only: the cards are the action cards.
    const actionLanes = new Set(doc.lanes.filter((l) => l.kind === 'actions').map((l) => l.id));
    expect(back.cards.map((c) => c.text).sort()).toEqual(doc.cards.filter((c) => actionLanes.has(c.laneId)).map((c) => c.text).sort());
    const curveValues = (name: string) => {
      const curve = back.emotionCurves.find((c) => c.name === name)!;
      return back.stages.map((s) => back.emotionPoints.filter((p) => p.curveId === curve.id && p.stageId === s.id).map((p) => emotionToScore(p.value)));
    };
    expect(curveValues('Sofia， helgmotionären')).toEqual(expected('curve-1'));
    expect(curveValues('Önskat läge')).toEqual(expected('curve-tobe'));
  });

  it('maps emotion -2..+2 to score 1..5 and back', () => {
    expect([-2, -1, 0, 1, 2, 0.4, -1.6].map(emotionToScore)).toEqual([1, 2, 3, 4, 5, 3, 1]);
    expect([1, 2, 3, 4, 5].map(scoreToEmotion)).toEqual([-2, -1, 0, 1, 2]);
  });

  it('imports a journey: stages, action cards, a persona and curve per actor', () => {
    const result = mermaidToJourney(DOCS_EXAMPLE, 'file', LABELS, t);
    const doc = result.document!;
    expect(doc.journey.title).toBe('My working day');
    expect(doc.stages.map((s) => s.name)).toEqual(['Go to work', 'Go home']);
    expect(doc.cards.map((c) => c.text)).toEqual(['Make tea', 'Go upstairs', 'Do work', 'Go downstairs', 'Sit down']);
    expect(doc.personas.map((p) => p.name)).toEqual(['Me', 'Cat']);
    const curve = (name: string) => doc.emotionCurves.find((c) => c.name === name)!.id;
    expect(doc.emotionPoints.filter((p) => p.curveId === curve('Me')).map((p) => p.value)).toEqual([0, 2]);
    expect(doc.emotionPoints.filter((p) => p.curveId === curve('Cat')).map((p) => p.value)).toEqual([-2]);
    expect(result.notes).toEqual([{ where: 'line 3', message: 'Me: scores 5, 3, 1 in “Go to work” averaged to one emotion' }]);
  });

  it("reads a task named like its only actor as that actor's score, not a card", () => {
    const doc = mermaidToJourney('journey\n  section A\n    Make tea: 5: Me\n    Cat: 2: Cat\n    Cat: 4: Me, Cat\n', 'file', LABELS, t).document!;
    expect(doc.cards.map((c) => c.text)).toEqual(['Make tea', 'Cat']);
    const cat = doc.emotionCurves.find((c) => c.name === 'Cat')!;
    expect(doc.emotionPoints.filter((p) => p.curveId === cat.id).map((p) => p.value)).toEqual([0]);
  });

  it('refuses bad diagrams with the line, as Mermaid does', () => {
    // The first three break Mermaid's grammar too; scores outside 1..5 Mermaid parses but cannot draw.
    const cases: [string, string, boolean][] = [
      ['flowchart TD\n A-->B', 'line 1: a journey diagram starts with "journey"', true],
      ['journey\n  title x\n  section A\n  Make tea\n', 'line 4: "Make tea" is not a title, section or task (a task reads "name: score: actors")', true],
      ['journey\n  section A: b\n', 'line 2: a section name may not contain ":" or ";"', true],
      ['journey\n  section A\n  Make tea: lots: Me\n', 'line 3: the score "lots" is not a number from 1 to 5', false],
      ['journey\n  section A\n  Make tea: 9: Me\n', 'line 3: the score "9" is not a number from 1 to 5', false],
    ];
    for (const [text, message, grammarError] of cases) {
      expect(mermaidToJourney(text, 'file', LABELS, t)).toEqual({ document: null, issues: [{ where: message.split(': ')[0], message: message.slice(message.indexOf(': ') + 2) }], notes: [] });
      if (grammarError) expect(() => official(text)).toThrow();
    }
  });
});
