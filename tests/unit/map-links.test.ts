import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../main/cli/check';
import { linkBoundaryFor, resolveMapLink } from '../../main/services/map-link-resolver';
import { applyChanges } from '../../shared/document/changes';
import { setMapLink, updateMeta } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { linkPathBetween, mapLinksOf, normalizeRelative, resolveInWorkspace } from '../../shared/workspace/map-links';
import { englishT, journeyFrom } from '../helpers/journeys';
import { journeyToHtml } from '../../shared/exchange/html-report';
import { journeyToMarkdown } from '../../shared/exchange/markdown';
import type { Shape } from '../../shared/export/drawing';
import { drawMap } from '../../shared/export/map-drawing';
import { useTempFolders } from '../helpers/temp-folder';

function titled(title: string): JourneyDocument {
  const doc = journeyFrom('buyer5');
  return applyChanges(doc, updateMeta(doc, { title }));
}

/** A map whose first stages link, in turn, to `paths`. */
function linking(title: string, ...paths: string[]): JourneyDocument {
  let doc = titled(title);
  paths.forEach((path, i) => {
    doc = applyChanges(doc, setMapLink(doc, { kind: 'stage', id: doc.stages[i]!.id }, { path }));
  });
  return doc;
}

describe('link paths inside a workspace', () => {
  it('resolves relative to the linking map’s folder and refuses to climb out', () => {
    expect(resolveInWorkspace('Overview.journey', 'detail/Checkout.journey')).toBe('detail/Checkout.journey');
    expect(resolveInWorkspace('detail/Checkout.journey', '../Overview.journey')).toBe('Overview.journey');
    expect(resolveInWorkspace('detail/Checkout.journey', './a/../Pay.journey')).toBe('detail/Pay.journey');
    expect(resolveInWorkspace('Overview.journey', '../elsewhere/Map.journey')).toBeNull();
    expect(resolveInWorkspace('detail/Checkout.journey', '../../Map.journey')).toBeNull();
    expect(normalizeRelative('a/../../b')).toBeNull();
  });

  it('makes the relative path from one map to another, which resolves back', () => {
    const pairs: [string, string][] = [
      ['Overview.journey', 'detail/Checkout.journey'],
      ['detail/Checkout.journey', 'Overview.journey'],
      ['a/b/One.journey', 'a/c/Two.journey'],
      ['a/One.journey', 'a/Two.journey'],
    ];
    expect(pairs.map(([from, to]) => linkPathBetween(from, to))).toEqual(['detail/Checkout.journey', '../Overview.journey', '../c/Two.journey', 'Two.journey']);
    for (const [from, to] of pairs) expect(resolveInWorkspace(from, linkPathBetween(from, to))).toBe(to);
  });

  it('linking and unlinking is one change each, undone like any edit', () => {
    const doc = titled('Overview');
    const stage = doc.stages[1]!;
    const linked = applyChanges(doc, setMapLink(doc, { kind: 'stage', id: stage.id }, { path: 'detail/Checkout.journey', name: 'Checkout' }));
    expect(mapLinksOf(linked)).toEqual([{ kind: 'stage', id: stage.id, label: stage.name, link: { path: 'detail/Checkout.journey', name: 'Checkout' } }]);
    const unlink = setMapLink(linked, { kind: 'stage', id: stage.id }, null);
    expect(unlink).toHaveLength(1);
    expect(applyChanges(linked, unlink).stages[1]).toEqual(stage);
    expect(setMapLink(doc, { kind: 'stage', id: stage.id }, null)).toEqual([]);
  });
});

describe('links in exports', () => {
  it('Markdown and HTML reports list each link with its stage, map and file, escaped; the drawing marks the header', () => {
    let doc = linking('Overview', 'detail/Checkout.journey');
    const step = doc.stages[1]!;
    doc = applyChanges(doc, setMapLink(doc, { kind: 'stage', id: step.id }, { path: 'detail/<b>x</b>.journey', name: 'Pay *now* <script>' }));
    const markdown = journeyToMarkdown(doc, englishT);
    expect(markdown).toContain(`## Linked maps\n\n| Stage | Map | File |\n| --- | --- | --- |\n| ${doc.stages[0]!.name} |  | detail/Checkout.journey |`);
    expect(markdown).toContain('| Pay \\*now\\* \\<script\\> | detail/\\<b\\>x\\</b\\>.journey |');
    const html = journeyToHtml(doc, '<svg></svg>', englishT);
    expect(html).toContain('<h2>Linked maps</h2>');
    expect(html).toContain('Pay *now* &lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(journeyToMarkdown(titled('Alone'), englishT)).not.toContain('Linked maps');
    const measure = { width: (text: string, size: number) => text.length * size * 0.5 };
    const labels = { interaction: 'i', visibility: 'v', internalInteraction: 'ii' };
    const flat = (shapes: readonly Shape[]): Shape[] => shapes.flatMap((s) => (s.kind === 'group' ? flat(s.shapes) : [s]));
    // Each mark is two 14-wide sheets.
    const marks = (d: JourneyDocument) => flat(drawMap(d, measure, { blueprintLabels: labels }).shapes).filter((s) => s.kind === 'rect' && s.width === 14).length;
    expect(marks(doc)).toBe(4);
    expect(marks(titled('Alone'))).toBe(0);
  });
});

describe('links checked on disk', () => {
  const tempFolder = useTempFolders();

  async function workspace() {
    const root = await tempFolder();
    const folder = join(root, 'portfolio');
    await mkdir(join(folder, 'detail'), { recursive: true });
    await writeFile(join(root, 'Secret.journey'), serializeJourney(titled('Outside')));
    await writeFile(join(folder, 'detail', 'Checkout.journey'), serializeJourney(linking('Checkout', '../Overview.journey')));
    await writeFile(join(folder, 'detail', 'Broken.journey'), 'not json');
    await symlink(join(root, 'Secret.journey'), join(folder, 'detail', 'Sneaky.journey'));
    return { root, folder };
  }

  it('says where each link leads: a map, a missing file, a file that does not open, outside the folder', async () => {
    const { folder } = await workspace();
    const overview = join(folder, 'Overview.journey');
    await writeFile(overview, serializeJourney(titled('Overview')));
    const boundary = linkBoundaryFor(folder, overview);
    expect(boundary).toBe(folder);
    expect(await resolveMapLink(boundary, overview, 'detail/Checkout.journey')).toEqual({ state: 'ok', path: join(folder, 'detail', 'Checkout.journey'), title: 'Checkout' });
    expect(await resolveMapLink(boundary, overview, 'detail/Gone.journey')).toEqual({ state: 'missing' });
    expect(await resolveMapLink(boundary, overview, 'detail/Broken.journey')).toMatchObject({ state: 'invalid', message: expect.stringMatching(/JSON/) });
    expect(await resolveMapLink(boundary, overview, '../Secret.journey')).toEqual({ state: 'outside' });
    // A link on disk inside the folder that leads out of it is refused where it really leads.
    expect(await resolveMapLink(boundary, overview, 'detail/Sneaky.journey')).toEqual({ state: 'outside' });
    // A map outside the workspace keeps its links inside its own folder.
    expect(linkBoundaryFor(folder, join(folder, '..', 'Secret.journey'))).toBe(join(folder, '..'));
  });

  it('waymark check DIR names the map, the stage and the link of each broken link, and exits 1', async () => {
    const { folder } = await workspace();
    await writeFile(join(folder, 'detail', 'Broken.journey'), serializeJourney(titled('Fixed')));
    await writeFile(join(folder, 'Overview.journey'), serializeJourney(linking('Overview', 'detail/Checkout.journey', 'detail/Gone.journey', '../Secret.journey')));
    const lines: string[] = [];
    expect(await checkFiles([folder], (line) => lines.push(line))).toBe(1);
    const overview = journeyFrom('buyer5').stages.map((s) => s.name);
    expect(lines).toEqual([
      `${join(folder, 'Overview.journey')}: stage "${overview[1]}" links to detail/Gone.journey: the linked map does not exist`,
      `${join(folder, 'Overview.journey')}: stage "${overview[2]}" links to ../Secret.journey: the link leads outside the workspace folder`,
    ]);
    // Fixed, the workspace passes: links up to the folder's top are fine.
    await writeFile(join(folder, 'Overview.journey'), serializeJourney(linking('Overview', 'detail/Checkout.journey')));
    const after: string[] = [];
    expect(await checkFiles([folder], (line) => after.push(line))).toBe(0);
    expect(after).toEqual([]);
    // A map named on its own (as a glob names them) has no workspace: its links are left to the folder's check.
    await writeFile(join(folder, 'Overview.journey'), serializeJourney(linking('Overview', 'detail/Gone.journey')));
    expect(await checkFiles([join(folder, 'Overview.journey')], (line) => after.push(line))).toBe(0);
    expect(after).toEqual([]);
    expect(await checkFiles([folder], (line) => after.push(line))).toBe(1);
    expect(after).toEqual([expect.stringContaining('stage "Awareness" links to detail/Gone.journey: the linked map does not exist')]);
  });
});
