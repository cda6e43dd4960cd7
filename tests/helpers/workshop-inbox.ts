/**
 * For measuring "note sent by a phone → visible in the facilitator's inbox" (tests and the
 * bench). Each inbox item carries its contribution key as `data-workshop-note`
 * (`<participantId>/<noteId>`, what phone and host both know); recordInboxArrivals() notes
 * the wall-clock time each key first appears in the page, and inboxArrivals() reads them.
 * The page and the phones run on one machine, so Date.now() on both sides compares.
 *
 *   await recordInboxArrivals(page);
 *   const sentAt = Date.now(); const id = participantEdits.addNote(phone.client.own, note);
 *   const seen = await waitForInboxNote(page, `${phone.identity.participantId}/${id}`);
 *   latency = seen - sentAt;
 */
import type { Page } from 'playwright-core';
import { LOOPBACK } from './workshop-clients';

export const INBOX_NOTE_ATTRIBUTE = 'data-workshop-note';

type ArrivalWindow = Window & { __workshopInboxArrivals?: Record<string, number> };

/** Starts noting when each inbox item first appears (call once the page has loaded). */
export async function recordInboxArrivals(page: Page): Promise<void> {
  await page.evaluate((attribute) => {
    const arrivals: Record<string, number> = {};
    (window as ArrivalWindow).__workshopInboxArrivals = arrivals;
    const note = () => {
      const now = Date.now();
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        const key = element.getAttribute(attribute);
        if (key !== null && !(key in arrivals)) arrivals[key] = now;
      }
    };
    note();
    new MutationObserver(note).observe(document.body, { childList: true, subtree: true });
  }, INBOX_NOTE_ATTRIBUTE);
}

/** The time (Date.now() in the page) each key first appeared, since recordInboxArrivals. */
export async function inboxArrivals(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({ ...((window as ArrivalWindow).__workshopInboxArrivals ?? {}) }));
}

/** Waits for the note with this key in the inbox and says when it first appeared. */
export async function waitForInboxNote(page: Page, key: string, timeoutMs = 10_000): Promise<number> {
  const handle = await page.waitForFunction((wanted) => (window as ArrivalWindow).__workshopInboxArrivals?.[wanted], key, { timeout: timeoutMs, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

/**
 * Starts a workshop from the map's toolbar as a facilitator would, bound to loopback only (the
 * preview offers it; Electron never does), and reads the join address and room code off the
 * projector screen, which stays open.
 */
export async function startWorkshopFromPage(page: Page, votesPerPerson = 5): Promise<{ url: string; code: string }> {
  await page.getByRole('button', { name: 'Start workshop…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a live workshop' });
  await dialog.getByRole('checkbox').first().waitFor();
  for (const box of await dialog.getByRole('checkbox').all()) {
    const label = await box.locator('xpath=..').textContent();
    await box.setChecked(label?.includes(LOOPBACK) ?? false);
  }
  await dialog.getByLabel('Votes per person').fill(String(votesPerPerson));
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  const join = page.getByRole('dialog', { name: 'Join the workshop' });
  await join.getByTestId('workshop-join-url').waitFor();
  const url = `http://${await join.getByTestId('workshop-join-url').textContent()}`;
  const code = (await join.getByTestId('workshop-room-code').textContent())!.replace(/\s/g, '');
  return { url, code };
}
