/**
 * Keeps a workshop on disk (persistence.ts says how): about `delayMs` after a change, and at
 * once when asked. Saves run one at a time; calls made before one starts share it. Each
 * participant's document is written when it changed, workshop.json last.
 */
import * as Y from 'yjs';
import type { LiveParticipant } from './participant';
import { saveParticipantDoc, saveWorkshopFile, type WorkshopFile } from './persistence';

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

export class WorkshopSaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private nextSave: Promise<void> | null = null;

  constructor(
    private readonly folder: string,
    private readonly delayMs: number,
    private readonly state: WorkshopState,
    private readonly events: SaverEvents,
  ) {}

  soon(): void {
    // A timer per burst of changes (not reset by each change), so a busy room is saved every delayMs.
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.now().catch(() => undefined);
    }, this.delayMs);
  }

  /** No save pending from soon() any more (now() still saves). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Saves now, after any save under way; calls made before it starts share it. */
  now(): Promise<void> {
    if (this.nextSave) return this.nextSave;
    const next = this.saving.then(() => {
      this.nextSave = null;
      return this.write();
    });
    this.nextSave = next;
    this.saving = next.catch(() => undefined);
    return next;
  }

  private async write(): Promise<void> {
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
      await saveWorkshopFile(this.folder, this.state.file());
      this.events.saved();
    } catch (error) {
      this.events.error(error as Error);
      throw error;
    }
  }
}
