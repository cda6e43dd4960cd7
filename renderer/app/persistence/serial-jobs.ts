interface Waiting<J, O> {
  job: J;
  readonly callers: { resolve: (outcome: O) => void; reject: (error: unknown) => void }[];
}

/**
 * Runs jobs one at a time, with at most one waiting behind the one in flight: a job asked for
 * meanwhile merges into the waiting one (`merge` picks what it becomes), and everyone who
 * asked gets that job's outcome.
 */
export class SerialJobs<J, O> {
  private running: Promise<void> | null = null;
  private waiting: Waiting<J, O> | null = null;

  constructor(
    private readonly merge: (waiting: J, next: J) => J,
    private readonly perform: (job: J) => Promise<O>,
  ) {}

  get hasQueued(): boolean {
    return this.waiting !== null;
  }

  request(job: J): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      if (this.waiting) {
        this.waiting.job = this.merge(this.waiting.job, job);
        this.waiting.callers.push({ resolve, reject });
      } else this.waiting = { job, callers: [{ resolve, reject }] };
      this.running ??= this.drain();
    });
  }

  /** Resolves once no job is in flight or waiting. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.waiting) {
      const { job, callers } = this.waiting;
      this.waiting = null;
      try {
        const outcome = await this.perform(job);
        for (const caller of callers) caller.resolve(outcome);
      } catch (error) {
        for (const caller of callers) caller.reject(error);
      }
    }
    this.running = null;
  }
}
