import { basename } from 'node:path';
import { JourneyFileError } from '../../shared/document/errors';
import type { JourneyDocument } from '../../shared/document/schema';
import type { MergeBaseChoice, MergeBaseUsed, MergedCopyResult } from '../../shared/ipc/versions';
import { mergeRefusal } from '../../shared/merge/merge-inputs';
import type { MergeSide } from '../../shared/merge/sides';
import { mergeJourneys } from '../../shared/merge/three-way';
import { mergeTwoWay } from '../../shared/merge/two-way';
import { journeyName, type JourneyRepository } from './journey-repository';
import type { JourneyVersion, VersionStore } from './version-store';

export interface MergeCopyInput {
  /** The open map's file (its versions are looked up beside it) and its document as edited now. */
  path: string;
  document: JourneyDocument;
  /** The other copy of the map. */
  otherPath: string;
  /** What both started from; by default the newest version both copies keep. */
  base?: MergeBaseChoice;
  /** Merge even maps with no record in common. */
  force?: boolean;
}

/**
 * The other copy as the person merging knows it: by the author of its newest version that
 * this map lacks (who worked on it), else by its title when that differs, else by its file's name.
 */
function theirSide(theirs: JourneyDocument, ours: JourneyDocument, path: string, mine: readonly JourneyVersion[], their: readonly JourneyVersion[]): MergeSide {
  const known = new Set(mine.map((v) => v.sha256));
  const author = their.find((v) => !known.has(v.sha256) && v.author.trim() !== '')?.author.trim();
  if (author) return { kind: 'author', name: author };
  if (theirs.journey.title.trim() !== '' && theirs.journey.title !== ours.journey.title) return { kind: 'map', name: theirs.journey.title };
  return { kind: 'map', name: journeyName(path) };
}

/** The base document chosen, and how to name it; null: none was chosen, and the copies keep none in common. */
async function baseOf(input: MergeCopyInput, mine: readonly JourneyVersion[], their: readonly JourneyVersion[], repository: JourneyRepository, versions: VersionStore): Promise<{ document: JourneyDocument | null; used: MergeBaseUsed } | null> {
  const choice = input.base ?? { kind: 'shared-version' };
  if (choice.kind === 'none') return { document: null, used: { kind: 'none' } };
  if (choice.kind === 'file') return { document: (await repository.open(choice.path)).document, used: { kind: 'file', name: journeyName(choice.path) } };
  const shared = new Set(their.map((v) => v.sha256));
  const version = choice.kind === 'version' ? mine.find((v) => v.id === choice.id) : mine.find((v) => shared.has(v.sha256));
  if (!version) {
    if (choice.kind === 'version') throw new JourneyFileError('invalid', `${basename(input.path)} has no version ${choice.id}`);
    return null;
  }
  const { document } = await versions.read(input.path, version.id);
  return { document, used: { kind: 'version', id: version.id, name: version.name, createdAt: version.createdAt } };
}

/**
 * Merges another copy of a map into the open one: three-way from a version both copies keep
 * (same bytes in both versions folders, found by hash), from the version or file the user
 * picked, or record by record when there is none (a copy e-mailed as a single file). Two maps
 * with no record in common are refused unless forced, and an id naming two kinds of record
 * always is. Nothing is written: the window takes the result as one undoable change and shows
 * the conflicts, naming the other copy as the person knows it.
 */
export async function mergeCopy(input: MergeCopyInput, repository: JourneyRepository, versions: VersionStore): Promise<MergedCopyResult> {
  const [mine, their, other] = await Promise.all([versions.list(input.path), versions.list(input.otherPath), repository.open(input.otherPath)]);
  const copyName = journeyName(input.otherPath);
  const base = await baseOf(input, mine, their, repository, versions);
  if (base === null) return { outcome: 'no-common-version', copyName };
  const refusal = mergeRefusal(base.document, input.document, other.document, input.force === true);
  if (refusal) return { outcome: 'refused', refusal, copyName };
  const merged = base.document ? mergeJourneys(base.document, input.document, other.document) : mergeTwoWay(input.document, other.document);
  const sides = { ours: { kind: 'yours' as const }, theirs: theirSide(other.document, input.document, input.otherPath, mine, their), base: base.document ? { kind: 'map' as const, name: base.used.kind === 'none' ? '' : base.used.name } : null };
  return { outcome: 'merged', ...merged, base: base.used, sides, theirs: other.document };
}
