import { afterEach, beforeEach, expect } from 'vitest';
import { openPreview, type PreviewSession } from './browser';

/**
 * A fresh preview session per test; afterwards, no page errors and no request that left the
 * preview server (data: URLs aside). Call the returned function inside a test.
 */
export function usePreviewSession(): () => PreviewSession {
  let session: PreviewSession | null = null;
  beforeEach(async () => {
    session = await openPreview();
  });
  afterEach(async () => {
    if (!session) return;
    const { pageErrors, requests, server } = session;
    const origin = new URL(server.url).origin;
    await session.close();
    session = null;
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });
  return () => {
    if (!session) throw new Error('the preview session exists only inside a test');
    return session;
  };
}
