import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMigrations, migrate, MIGRATIONS, type Migration } from '../../shared/document/migrations';
import { parseJourneyText } from '../../shared/document/parse';
import { CURRENT_FORMAT_VERSION } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { v1FixtureText } from '../helpers/fixtures';

const fixturesRoot = new URL('../fixtures/', import.meta.url);
const fixtureVersions = readdirSync(fixturesRoot)
  .filter((name) => /^v\d+$/.test(name))
  .map((name) => Number(name.slice(1)))
  .sort((a, b) => a - b);

describe('the migration list', () => {
  it('climbs one version at a time from 1 to the current format', () => {
    expect(() => checkMigrations(MIGRATIONS, CURRENT_FORMAT_VERSION)).not.toThrow();
  });

  it('has a frozen fixture folder for every format version, the current one included', () => {
    const expected = Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i + 1);
    expect(fixtureVersions).toEqual(expected);
  });

  it.each(fixtureVersions)('opens every frozen v%i fixture at the current version', (version) => {
    const folder = new URL(`v${version}/`, fixturesRoot);
    const files = readdirSync(folder).filter((f) => f.endsWith('.journey'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const doc = parseJourneyText(readFileSync(new URL(file, folder), 'utf8'));
      expect(doc.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    }
  });

  it('runs every migration when a v1 file is opened', () => {
    const ran: number[] = [];
    const traced = MIGRATIONS.map((m) => ({ ...m, up: (f: Record<string, unknown>) => (ran.push(m.from), m.up(f)) }));
    migrate({ formatVersion: 1 }, 1, traced);
    expect(ran).toEqual(MIGRATIONS.map((m) => m.from));
  });
});

describe('format 1 to 2 (and on to the current format)', () => {
  it('turns the frozen v1 fixture into exactly the expected bytes', () => {
    const migrated = serializeJourney(parseJourneyText(v1FixtureText()));
    expect(migrated).toBe(readFileSync(new URL('migrated/v1-bike-sharing.v4.journey', fixturesRoot), 'utf8'));
  });

  it('moves each emotions lane’s points onto one solid curve named after the lane', () => {
    const doc = parseJourneyText(v1FixtureText());
    expect(doc.emotionCurves).toEqual([{ id: 'curve-1', laneId: 'lane-emotions', name: 'Emotions', style: 'solid', colour: '#0072B2' }]);
    expect(doc.emotionPoints.map((p) => [p.curveId, p.stageId, p.value])).toEqual([
      ['curve-1', 'stage-1', 0.5], ['curve-1', 'stage-2', -1], ['curve-1', 'stage-3', -1.5], ['curve-1', 'stage-4', 1], ['curve-1', 'stage-5', 2],
    ]);
    expect(doc.emotionPoints[2]?.label).toBe('Card declined twice');
  });
});

describe('format 2 to 3', () => {
  const v2Text = () => readFileSync(new URL('v2/bike-sharing-full.journey', fixturesRoot), 'utf8');

  it('keeps every record of a v2 file as it was', () => {
    const doc = parseJourneyText(v2Text());
    const { formatVersion: _v, ...rest } = JSON.parse(v2Text()) as Record<string, unknown>;
    expect(doc.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(doc).toMatchObject(rest);
  });

  it('reads links to other maps and shared personas from the v3 fixture', () => {
    const doc = parseJourneyText(readFileSync(new URL('v3/bike-sharing-linked.journey', fixturesRoot), 'utf8'));
    expect(doc.stages[1]?.mapLink).toEqual({ path: 'details/unlock-a-bike.journey', name: 'Unlocking a bike, step by step' });
    expect(doc.steps[0]?.mapLink).toEqual({ path: '../shared/find-a-bike.journey' });
    expect(doc.personas[0]?.sharedId).toBe('persona-commuter');
  });

  it.each(['/etc/map.journey', 'C:/maps/a.journey', 'a\\b.journey', 'a//b.journey', 'notes.txt', 'a\u0000.journey'])(
    'refuses the link path %j',
    (path) => {
      const doc = JSON.parse(readFileSync(new URL('v3/bike-sharing-linked.journey', fixturesRoot), 'utf8')) as { stages: { mapLink?: { path: string } }[] };
      doc.stages[1]!.mapLink = { path };
      expect(() => parseJourneyText(JSON.stringify(doc))).toThrow(/relative path/);
    },
  );
});

describe('format 3 to 4', () => {
  const v3Text = () => readFileSync(new URL('v3/bike-sharing-linked.journey', fixturesRoot), 'utf8');
  const v4Text = () => readFileSync(new URL('v4/bike-sharing-workshops.journey', fixturesRoot), 'utf8');
  type Mutable = { workshops: { ranking: { votes: number }[]; ratings: { count: number; mean: number; good: number }[]; parked: { id: string }[] }[] };
  const v4With = (edit: (file: Mutable) => void) => {
    const file = JSON.parse(v4Text()) as Mutable;
    edit(file);
    return JSON.stringify(file);
  };

  it('keeps every record of a v3 file and starts with no workshop results', () => {
    const doc = parseJourneyText(v3Text());
    const { formatVersion: _v, ...rest } = JSON.parse(v3Text()) as Record<string, unknown>;
    expect(doc).toMatchObject(rest);
    expect(doc.workshops).toEqual([]);
  });

  it('reads two workshops apart from the v4 fixture: ranking by round, ratings per stage, parked notes', () => {
    const doc = parseJourneyText(v4Text());
    expect(doc.workshops.map((w) => [w.name, w.date, w.participants])).toEqual([['Customer panel, Malmö', '2027-03-11', 7], ['Staff workshop', '2027-04-02', 3]]);
    const [march] = doc.workshops;
    expect(march?.ranking.map((vote) => [vote.round, vote.kind, vote.votes])).toEqual([[1, 'card', 12], [1, 'card', 7], [1, 'note', 7], [1, 'card', 0], [2, 'card', 9], [2, 'card', 5]]);
    expect(march?.ratings[1]).toEqual({ stageId: 'stage-3', stageName: 'Purchase', veryBad: 4, bad: 2, neutral: 1, good: 0, veryGood: 0, count: 7, mean: -1.43 });
    expect(march?.parked.map((note) => note.laneKind)).toEqual(['painPoints', 'opportunities', 'thoughts']);
    expect(march?.ratingLaneId).toBe('lane-emotions');
    // Saved and read again, byte for byte.
    expect(serializeJourney(parseJourneyText(serializeJourney(doc)))).toBe(serializeJourney(doc));
  });

  it.each([
    ['a ranking out of order', (f: Mutable) => { f.workshops[0]!.ranking[1]!.votes = 13; }, /most votes first/],
    ['a count that is not the distribution’s', (f: Mutable) => { f.workshops[0]!.ratings[0]!.count = 8; }, /must be 7/],
    ['a mean that is not the distribution’s', (f: Mutable) => { f.workshops[0]!.ratings[0]!.mean = 1; }, /mean of the ratings, 0\.57/],
    ['two parked notes with one id', (f: Mutable) => { f.workshops[0]!.parked[1]!.id = 'parked-1'; }, /a second parked note/],
    ['more raters than people', (f: Mutable) => { const r = f.workshops[1]!.ratings[0]!; r.good += 1; r.count += 1; r.mean = 0.5; }, /more ratings than people/],
  ])('refuses %s', (_what, edit, message) => {
    expect(() => parseJourneyText(v4With(edit))).toThrow(message);
  });
});

describe('the migration runner', () => {
  const step = (from: number, rename: string): Migration => ({
    from, to: from + 1, description: rename,
    up: (file) => ({ ...file, steps: [...((file['steps'] as string[] | undefined) ?? []), rename] }),
  });

  it('applies only the steps above the file version, in order, stamping the version', () => {
    const list = [step(1, 'a'), step(2, 'b'), step(3, 'c')];
    expect(migrate({ formatVersion: 2 }, 2, list, 4)).toEqual({ formatVersion: 4, steps: ['b', 'c'] });
    expect(migrate({ formatVersion: 1 }, 1, list, 4)).toEqual({ formatVersion: 4, steps: ['a', 'b', 'c'] });
  });

  it('refuses a list with a gap, a repeat, or a wrong end', () => {
    expect(() => checkMigrations([step(1, 'a'), step(3, 'c')], 4)).toThrow(/out of order/);
    expect(() => checkMigrations([step(1, 'a'), step(1, 'a')], 3)).toThrow(/out of order/);
    expect(() => checkMigrations([step(1, 'a')], 3)).toThrow(/end at version 2/);
  });
});
