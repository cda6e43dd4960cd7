import { formatPath } from '../document/parse';
import { journeyDocumentSchema, type JourneyDocument } from '../document/schema';
import { said, sayIssue, sayWhere, type Say } from './issue-text';
import type { ImportIssue } from './journey-from-rows';

export { CURRENT_FORMAT_VERSION, FORMAT_NAME } from '../document/schema';

/** An imported journey checked against the schema; problems come back as import issues. */
export function validateJourneyShape(t: Say, candidate: unknown): { ok: true; value: JourneyDocument } | { ok: false; issues: ImportIssue[] } {
  const parsed = journeyDocumentSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.slice(0, 20).map((i) => ({ where: formatPath(i.path) || sayWhere(t, said('file')), message: sayIssue(t, said('invalid', { detail: i.message })) })) };
}
