/**
 * A room of headless phones adding notes, votes and ratings for a while, against a real
 * WorkshopHost on 127.0.0.1. Measures what the facilitator would feel: the time from a
 * phone's local insert to the host's `contributions` event for that note (both in this
 * process, so one clock), lost notes, and the process's memory before and after.
 * The unit test runs it briefly; WORKSHOP_LOAD_SECONDS=60 makes it the benchmark.
 */
import * as Y from 'yjs';
import { participantEdits, readParticipant } from '../../shared/workshop/model';
import { deviceAddress, hostSocketUrl, Phone, STAGES, startHost, waitFor } from './workshop-clients';

export interface LoadOptions {
  workshopsFolder: string;
  participants: number;
  seconds: number;
  /** Notes per second per phone (each phone jitters around it). */
  notesPerSecond?: number;
}

export interface LoadResult {
  participants: number;
  seconds: number;
  notesSent: number;
  notesAtHost: number;
  lost: number;
  voteChanges: number;
  latencyMs: { p50: number; p95: number; max: number; samples: number };
  memoryMB: { heapBefore: number; heapAfter: number; rssBefore: number; rssAfter: number };
  /** The participant documents, encoded, all together. */
  participantDocsKB: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

export async function runWorkshopLoad(options: LoadOptions): Promise<LoadResult> {
  const { participants, seconds } = options;
  const notesPerSecond = options.notesPerSecond ?? 1;
  const targets = Array.from({ length: 6 }, (_, i) => ({ id: `target-${i}`, text: `Pain point ${i}`, kind: 'painPoint' as const }));
  const memoryBefore = process.memoryUsage();
  const host = await startHost(options.workshopsFolder, { voteBudget: 5, limits: { saveDelayMs: 500 } });
  host.share(targets);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  host.on('contributions', (change) => {
    const now = performance.now();
    for (const id of change.notes.added) {
      const at = sentAt.get(id);
      if (at !== undefined) latencies.push(now - at);
    }
  });
  const url = await hostSocketUrl(host);
  // Each phone from an address of its own, as devices in a room are.
  const phones = await Promise.all(Array.from({ length: participants }, (_, index) => Phone.join(url, { localAddress: deviceAddress(index) })));
  await waitFor(() => phones.every((phone) => phone.client.room.getMap('room').get('targets') !== undefined), 10_000, 'the targets on every phone');

  let notesSent = 0;
  let voteChanges = 0;
  const end = performance.now() + seconds * 1000;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const schedule = (phone: Phone, index: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (performance.now() >= end) return;
      const own = phone.client.own;
      const stage = STAGES[Math.floor(Math.random() * STAGES.length)]!;
      const before = performance.now();
      const id = participantEdits.addNote(own, { stageId: stage.id, lane: 'painPoints', text: `Phone ${index} note ${notesSent}: the queue at the till was too long` });
      sentAt.set(id, before);
      notesSent += 1;
      if (Math.random() < 0.5) {
        // Move a vote: one more while the budget lasts, else take one back.
        const votes = readParticipant(own).votes;
        const used = Object.values(votes).reduce((sum, count) => sum + count, 0);
        const target = targets[Math.floor(Math.random() * targets.length)]!;
        if (used < 5) participantEdits.setVotes(own, target.id, (votes[target.id] ?? 0) + 1);
        else {
          const [voted, count] = Object.entries(votes)[0]!;
          participantEdits.setVotes(own, voted, count - 1);
        }
        voteChanges += 1;
      }
      if (Math.random() < 0.2) participantEdits.setRating(own, stage.id, Math.floor(Math.random() * 5) - 2);
      schedule(phone, index);
    }, (1000 / notesPerSecond) * (0.5 + Math.random()));
    timers.add(timer);
  };
  phones.forEach(schedule);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  for (const timer of timers) clearTimeout(timer);
  await Promise.all(phones.map((phone) => phone.allSent()));

  const atHost = new Set(host.contributions().stages.flatMap((stage) => stage.notes.map((note) => note.noteId)));
  const lost = [...sentAt.keys()].filter((id) => !atHost.has(id)).length;
  // Votes at the host are the phones' votes, target by target.
  const phoneTotals = new Map<string, number>();
  for (const phone of phones) for (const [id, count] of Object.entries(readParticipant(phone.client.own).votes)) phoneTotals.set(id, (phoneTotals.get(id) ?? 0) + count);
  for (const { targetId, total } of host.contributions().votes) {
    if (phoneTotals.get(targetId) !== total) throw new Error(`votes on ${targetId}: host ${total}, phones ${phoneTotals.get(targetId) ?? 0}`);
  }
  const memoryAfter = process.memoryUsage();
  const participantDocsKB = Math.round(phones.reduce((sum, phone) => sum + Y.encodeStateAsUpdate(phone.client.own).length, 0) / 1024);
  for (const phone of phones) phone.leave();
  await host.end();
  const sorted = latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    participants,
    seconds,
    notesSent,
    notesAtHost: atHost.size,
    lost,
    voteChanges,
    latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? Number.NaN), samples: sorted.length },
    memoryMB: { heapBefore: mb(memoryBefore.heapUsed), heapAfter: mb(memoryAfter.heapUsed), rssBefore: mb(memoryBefore.rss), rssAfter: mb(memoryAfter.rss) },
    participantDocsKB,
  };
}
