/**
 * Work the relay does for each phone (checking the updates it sent), taken in turns: phones
 * with something to check queue up, and each turn of the event loop checks as many of them as
 * fit in `budgetMs`, the rest at the next turn. However many phones flood the room, a turn
 * stays short, so a phone joining (a few round trips, a record written to disk) is answered
 * within a few turns; a phone whose turn is late meanwhile sends more, which is checked
 * together (one check per turn, whatever it holds), so the relay catches up.
 */
import { performance } from 'node:perf_hooks';

export interface TakesTurns {
  /** Does its queued work. */
  takeTurn(): void;
}

export class Turns {
  private readonly waiting = new Set<TakesTurns>();
  private scheduled: ReturnType<typeof setImmediate> | null = null;

  /** `now` is the clock turns are measured by (tests pass one they move themselves). */
  constructor(
    private readonly budgetMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues `worker` (once, however often it asks) for a coming turn. */
  request(worker: TakesTurns): void {
    this.waiting.add(worker);
    this.scheduled ??= setImmediate(() => this.run());
  }

  /** Takes `worker` out of the queue (it did its work itself, or went away). */
  cancel(worker: TakesTurns): void {
    this.waiting.delete(worker);
  }

  private run(): void {
    this.scheduled = null;
    const until = this.now() + this.budgetMs;
    // Oldest first: a Set iterates in insertion order, and a worker that asks again goes to the back.
    for (const worker of this.waiting) {
      this.waiting.delete(worker);
      worker.takeTurn();
      if (this.now() >= until) break;
    }
    if (this.waiting.size > 0) this.scheduled = setImmediate(() => this.run());
  }

  /** Nothing runs any more (the room closes). */
  stop(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.waiting.clear();
  }
}
