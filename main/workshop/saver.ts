/**
 * Keeps a workshop on disk (persistence.ts says how): about `delayMs` after a change, and at
 * once when asked. Saves run one at a time; calls made before one starts share it. Each
 * participant's document is written when it changed, workshop.json last.
 *
 * workshop.json can also be written alone (records()), at once and between two participant
 * documents of a save under way: a phone that joins waits for its record on disk, not for
 * every busy participant's document. That order is safe: a participant document older than
 * workshop.json only lacks edits its phone still holds and sends again. A busy room's saves
 * are spaced so that writing takes at most about a fifth of the time, leaving the disk to the
 * app's own saves.
 */
import * as Y from 'yjs';
import type { LiveParticipant } from './participant';
import { saveParticipantDoc, saveWorkshopFileSync, type WorkshopFile } from './persistence';

export interface WorkshopState {
  participants(): Iterable<LiveParticipant>;
  /** workshop.json as it is now. */
  file(): WorkshopFile;
}

export interface SaverEvents {
  /** A save reached the disk. */
  saved(): void;
  /** A save failed (the next change tries again). */
  error(error: Error): void;
}

/** Runs `task` one at a time; calls made while one waits to start share it. */
class SerialTask {
  private last: Promise<void> = Promise.resolve();
  private next: Promise<void> | null = null;

  constructor(private readonly task: () => Promise<void>) {}

  run(): Promise<void> {
    if (this.next) return this.next;
    const next = this.last.then(() => {
      this.next = null;
      return this.task();
    });
    this.next = next;
    this.last = next.catch(() => undefined);
    return next;
  }
}

/** Saves of a busy room are at least this many times as far apart as the last one took. */
const SPACING = 5;

export class WorkshopSaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastTookMs = 0;
  private readonly full = new SerialTask(() => this.write());

  constructor(
    private readonly folder: string,
    private readonly delayMs: number,
    private readonly state: WorkshopState,
    private readonly events: SaverEvents,
  ) {}

  soon(): void {
    // A timer per burst of changes (not reset by each change), so a busy room is saved every delayMs (or spaced, above).
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.now().catch(() => undefined);
    }, Math.max(this.delayMs, this.lastTookMs * SPACING));
  }

  /** No save pending from soon() any more (now() still saves). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Saves everything now, after any save under way; calls made before it starts share it. */
  now(): Promise<void> {
    return this.full.run();
  }

  /** workshop.json alone (the participants' records), now, without waiting for participant documents. */
  records(): void {
    saveWorkshopFileSync(this.folder, this.state.file());
  }

  private async write(): Promise<void> {
    const started = performance.now();
    try {
      for (const participant of this.state.participants()) {
        if (!participant.dirty) continue;
        participant.dirty = false;
        try {
          await saveParticipantDoc(this.folder, participant.id, Y.encodeStateAsUpdate(participant.doc));
        } catch (error) {
          participant.dirty = true;
          throw error;
        }
      }
      this.records();
      this.events.saved();
    } catch (error) {
      this.events.error(error as Error);
      throw error;
    } finally {
      this.lastTookMs = performance.now() - started;
    }
  }
}
