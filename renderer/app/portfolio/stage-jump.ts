/**
 * A stage to show once a map opens: the heat view opens another map and asks for the stage its
 * cell named. Session state of the window, never saved.
 */
let pending: { path: string; stageId: string } | null = null;

export function requestStageJump(path: string, stageId: string): void {
  pending = { path, stageId };
}

/** The stage asked for on `path`, once: the request is used up. */
export function takeStageJump(path: string | null): string | null {
  if (pending === null || path === null || pending.path !== path) return null;
  const { stageId } = pending;
  pending = null;
  return stageId;
}
