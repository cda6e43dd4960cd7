import { JourneyFileError } from '../../shared/document/errors';
import type { JourneyDocument } from '../../shared/document/schema';
import { mergeJourneys, type MergeResult } from '../../shared/merge/three-way';
import type { JourneyRepository } from './journey-repository';
import type { VersionStore } from './version-store';

export interface MergeCopyInput {
  /** The open map's file (its versions are looked up beside it) and its document as edited now. */
  path: string;
  document: JourneyDocument;
  /** The other copy of the map. */
  otherPath: string;
  /** The version both copies started from; by default the newest version both copies keep. */
  baseVersionId?: string;
}

export interface MergedCopy extends MergeResult {
  /** The version the merge took as the common base. */
  base: { id: string; name: string; createdAt: string };
}

/**
 * Merges another copy of a map into the open one, three-way from a version both copies keep
 * (same bytes in both versions folders, found by hash): the copy made for the train and the
 * one left at the client each took their versions folder along. Nothing is written: the
 * window takes the result as one undoable change and shows the conflicts.
 */
export async function mergeCopy(input: MergeCopyInput, repository: JourneyRepository, versions: VersionStore): Promise<MergedCopy> {
  const [mine, theirs] = await Promise.all([versions.list(input.path), versions.list(input.otherPath)]);
  const shared = new Set(theirs.map((v) => v.sha256));
  const base = input.baseVersionId === undefined ? mine.find((v) => shared.has(v.sha256)) : mine.find((v) => v.id === input.baseVersionId);
  if (!base) {
    throw new JourneyFileError('invalid', input.baseVersionId === undefined
      ? 'the two copies keep no version in common, so there is nothing to merge from; pick the version both started from'
      : `this map has no version ${input.baseVersionId}`);
  }
  const [baseDocument, other] = await Promise.all([versions.read(input.path, base.id), repository.open(input.otherPath)]);
  return { ...mergeJourneys(baseDocument.document, input.document, other.document), base: { id: base.id, name: base.name, createdAt: base.createdAt } };
}
