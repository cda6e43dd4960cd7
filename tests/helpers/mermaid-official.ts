import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface OfficialJourney { title: string | null; sections: { name: string; tasks: { name: string; data: string }[] }[] }
type JisonParser = { parse(text: string): unknown; parser: { yy: Record<string, (...args: string[]) => void> } };

/**
 * Mermaid's own journey grammar (journey.jison, compiled in the mermaid package), driven with
 * a recording `yy` instead of Mermaid's diagram database, which needs a browser.
 */
export async function officialMermaidParser(): Promise<(text: string) => OfficialJourney> {
  const require = createRequire(import.meta.url);
  const chunks = join(dirname(require.resolve('mermaid')), 'chunks', 'mermaid.core');
  const file = readdirSync(chunks).find((f) => /^journeyDiagram-.*\.mjs$/.test(f));
  if (!file) throw new Error('mermaid ships no journey parser chunk');
  const module = (await import(pathToFileURL(join(chunks, file)).href)) as { diagram: { parser: JisonParser } };
  const { parser } = module.diagram;
  return (text) => {
    const result: OfficialJourney = { title: null, sections: [] };
    parser.parser.yy = {
      setDiagramTitle: (title) => { result.title = title; },
      setAccTitle: () => undefined,
      setAccDescription: () => undefined,
      addSection: (name) => { result.sections.push({ name, tasks: [] }); },
      addTask: (name, data) => {
        if (result.sections.length === 0) result.sections.push({ name: '', tasks: [] });
        result.sections.at(-1)!.tasks.push({ name, data });
      },
    };
    parser.parse(text);
    return result;
  };
}
