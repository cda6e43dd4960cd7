import { said, type Said } from './issue-text';

/**
 * A strict reader for Mermaid `journey` diagrams, following Mermaid's own grammar
 * (journey.jison): `journey`, then `title`, `accTitle:`, `accDescr:` or `accDescr { … }`,
 * `section <name>` and tasks `<name>: <score>[: <actor>, …]`. `%%` lines are comments and
 * `#` starts a comment. Anything else is refused with its line number, as Mermaid would.
 */
export interface MermaidTask { name: string; score: number; actors: string[]; line: number }
export interface MermaidSection { name: string | null; line: number; tasks: MermaidTask[] }
export interface MermaidJourney { title: string | null; accTitle: string | null; accDescription: string | null; sections: MermaidSection[] }

export class MermaidSyntaxError extends Error {
  constructor(readonly line: number, readonly said: Said) {
    super(`line ${line}: ${said.key}`);
  }
}

/** Mermaid's documented scale; it draws nothing sensible outside it. */
export const MERMAID_SCORE_MIN = 1;
export const MERMAID_SCORE_MAX = 5;

const stripComment = (line: string) => {
  const at = line.indexOf('#');
  return at === -1 ? line : line.slice(0, at);
};

function parseTask(text: string, line: number): MermaidTask {
  if (text.includes(';')) throw new MermaidSyntaxError(line, said('mermaidSemicolon'));
  const [name = '', scoreText, ...rest] = text.split(':');
  if (scoreText === undefined) throw new MermaidSyntaxError(line, said('mermaidNotTask', { text: text.trim().slice(0, 60) }));
  if (name.trim() === '') throw new MermaidSyntaxError(line, said('mermaidNoTaskName'));
  if (rest.length > 1) throw new MermaidSyntaxError(line, said('mermaidTooManyColons'));
  const score = Number(scoreText.trim());
  if (scoreText.trim() === '' || !Number.isFinite(score) || score < MERMAID_SCORE_MIN || score > MERMAID_SCORE_MAX) {
    throw new MermaidSyntaxError(line, said('mermaidScore', { score: scoreText.trim(), min: MERMAID_SCORE_MIN, max: MERMAID_SCORE_MAX }));
  }
  const actors = (rest[0] ?? '').split(',').map((a) => a.trim()).filter((a) => a !== '');
  return { name: name.trim(), score, actors, line };
}

export function parseMermaidJourney(source: string): MermaidJourney {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const result: MermaidJourney = { title: null, accTitle: null, accDescription: null, sections: [] };
  let started = false;
  let inFrontMatter = false;
  let accBlock: string[] | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (accBlock !== null) {
      const end = trimmed.indexOf('}');
      accBlock.push(end === -1 ? trimmed : trimmed.slice(0, end));
      if (end !== -1) {
        result.accDescription = accBlock.join('\n').trim();
        accBlock = null;
      }
      return;
    }
    if (!started && trimmed === '---') { inFrontMatter = !inFrontMatter; return; }
    if (inFrontMatter || trimmed === '' || trimmed.startsWith('%%')) return;
    if (!started) {
      if (!/^journey(\s|$)/.test(trimmed)) throw new MermaidSyntaxError(line, said('mermaidStart'));
      started = true;
      if (stripComment(trimmed).trim() !== 'journey') throw new MermaidSyntaxError(line, said('mermaidAfterJourney'));
      return;
    }
    const acc = /^(accTitle|accDescr)\s*(:|\{)(.*)$/.exec(trimmed);
    if (acc) {
      const [, key, mark, rest = ''] = acc;
      if (key === 'accTitle' && mark === ':') result.accTitle = rest.trim();
      else if (key === 'accDescr' && mark === ':') result.accDescription = rest.trim();
      else if (key === 'accDescr') {
        const end = rest.indexOf('}');
        if (end === -1) accBlock = [rest.trim()];
        else result.accDescription = rest.slice(0, end).trim();
      } else throw new MermaidSyntaxError(line, said('mermaidAccTitle'));
      return;
    }
    const text = stripComment(trimmed).trimEnd();
    if (text.trim() === '') return;
    if (/^title\s/.test(text)) {
      if (text.includes(';')) throw new MermaidSyntaxError(line, said('mermaidSemicolon'));
      result.title = text.slice(6).trim();
      return;
    }
    if (/^section\s/.test(text)) {
      const name = text.slice(8).trim();
      if (/[:;]/.test(name)) throw new MermaidSyntaxError(line, said('mermaidSectionName'));
      result.sections.push({ name, line, tasks: [] });
      return;
    }
    const task = parseTask(text, line);
    let section = result.sections.at(-1);
    if (!section) {
      section = { name: null, line, tasks: [] };
      result.sections.push(section);
    }
    section.tasks.push(task);
  });
  if (accBlock !== null) throw new MermaidSyntaxError(lines.length, said('mermaidAccDescr'));
  if (!started) throw new MermaidSyntaxError(1, said('mermaidEmpty'));
  return result;
}
