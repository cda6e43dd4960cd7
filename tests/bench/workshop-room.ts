/**
 * A live workshop as the facilitator sees it: the preview runs as its own process (the relay
 * in it, as in Electron's main process), the map is open in Chromium with the workshop started
 * from its toolbar, and headless phones on loopback add notes, move votes and rate stages.
 * Latency is from the moment a phone makes a note to the moment it appears in the facilitator's
 * inbox on screen (one machine, so Date.now() on both sides compares); memory is the preview
 * process's, sampled from /proc.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeJourney } from '../../shared/document/serialize';
import { participantEdits, readParticipant, readRoom } from '../../shared/workshop/model';
import { previewAddress } from '../helpers/preview-address';
import { journeyFrom } from '../helpers/journeys';
import { startPreviewProcess } from '../helpers/preview-process';
import { deviceAddress, Phone, socketUrl } from '../helpers/workshop-clients';
import { inboxArrivals, recordInboxArrivals, startWorkshopFromPage } from '../helpers/workshop-inbox';
import { launchBenchBrowser, VIEWPORT } from './bench-browser';
import { processMegabytes } from './proc-memory';
import { spread, type Spread } from './stats';

export interface WorkshopRoomFigures {
  participants: number;
  seconds: number;
  notesSent: number;
  /** Notes that reached the facilitator's inbox on screen. */
  notesShown: number;
  lost: number;
  voteChanges: number;
  ratings: number;
  /** Phone makes a note -> the note is in the facilitator's inbox on screen. */
  latencyMs: Spread;
  /** The preview process (relay, file services, served pages): before the workshop, at the end, peak. */
  relayMB: { before: number; after: number; peak: number };
}

export const WORKSHOP_LATENCY_TARGET_MS = 200;

export async function measureWorkshopRoom(workFolder: string, log: (line: string) => void, participants = 30, seconds = 60): Promise<WorkshopRoomFigures> {
  const folder = join(workFolder, 'workshop-maps');
  await mkdir(folder, { recursive: true });
  const mapPath = join(folder, 'Workshop.journey');
  await writeFile(mapPath, serializeJourney(journeyFrom('retail')));
  const preview = await startPreviewProcess(folder, join(workFolder, 'workshop-user-data'));
  const browser = await launchBenchBrowser();
  const phones: Phone[] = [];
  try {
    const pid = preview.child.pid ?? -1;
    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await page.goto(previewAddress(preview.url, { open: mapPath }));
    await page.locator('.canvas-host canvas').first().waitFor();
    const before = await processMegabytes(pid);
    const { url, code } = await startWorkshopFromPage(page);
    await page.keyboard.press('Escape');
    // The map's pain points and opportunities go up for dot-voting, as in a real session.
    await page.getByRole('button', { name: 'Share pain points and opportunities for voting' }).click();
    await recordInboxArrivals(page);
    const socket = socketUrl(Number(new URL(url).port), code);
    // Each phone from an address of its own (127.0.0.0/8), as devices in a room are.
    for (let i = 0; i < participants; i += 1) phones.push(await Phone.join(socket, { localAddress: deviceAddress(i) }));
    const stages = readRoom(phones[0]!.client.room).stages;
    log(`workshop: ${participants} phones joined; adding notes for ${seconds} s`);

    const sentAt = new Map<string, number>();
    let voteChanges = 0;
    let ratings = 0;
    const end = Date.now() + seconds * 1000;
    await Promise.all(phones.map(async (phone, index) => {
      while (Date.now() < end) {
        // About one note a second per phone, jittered so they do not arrive in step.
        await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
        const stage = stages[Math.floor(Math.random() * stages.length)]!;
        const at = Date.now();
        const id = participantEdits.addNote(phone.client.own, { stageId: stage.id, lane: 'painPoints', text: `Phone ${index}: the queue at the till was too long (${sentAt.size})` });
        sentAt.set(`${phone.identity.participantId}/${id}`, at);
        if (Math.random() < 0.2) {
          participantEdits.setRating(phone.client.own, stage.id, Math.floor(Math.random() * 5) - 2);
          ratings += 1;
        }
        const targets = readRoom(phone.client.room).targets;
        if (targets.length > 0 && Math.random() < 0.3) {
          const votes = readParticipant(phone.client.own).votes;
          const target = targets[Math.floor(Math.random() * targets.length)]!;
          const used = Object.values(votes).reduce((sum, count) => sum + count, 0);
          participantEdits.setVotes(phone.client.own, target.id, Math.max(0, (votes[target.id] ?? 0) + (used < 5 ? 1 : -1)));
          voteChanges += 1;
        }
      }
    }));
    await Promise.all(phones.map((phone) => phone.allSent()));
    // Every note the host acknowledged must reach the screen; give the last ones a moment.
    let shown: Record<string, number> = {};
    for (let waited = 0; waited < 10_000; waited += 250) {
      shown = await inboxArrivals(page);
      if ([...sentAt.keys()].every((key) => key in shown)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const latencies = [...sentAt].flatMap(([key, at]) => (key in shown ? [shown[key]! - at] : []));
    const after = await processMegabytes(pid);
    return {
      participants,
      seconds,
      notesSent: sentAt.size,
      notesShown: latencies.length,
      lost: sentAt.size - latencies.length,
      voteChanges,
      ratings,
      latencyMs: spread(latencies),
      relayMB: { before: before.now, after: after.now, peak: after.peak },
    };
  } finally {
    for (const phone of phones) phone.leave();
    await browser.close();
    await preview.kill();
  }
}
