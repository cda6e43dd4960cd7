import { PRESENTATION_SESSION_ID } from '../../shared/presentation/session-id';

/** The presentation session a window was opened to show (`?audience=<id>`), if any. */
export function audienceSession(search: string): string | null {
  const id = new URLSearchParams(search).get('audience');
  return id !== null && PRESENTATION_SESSION_ID.test(id) ? id : null;
}
