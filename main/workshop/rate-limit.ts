/** A token bucket: `ratePerSecond` tokens come back per second, up to `burst`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
  }

  /** Takes a token if there is one. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether a token is there, without taking it. */
  has(): boolean {
    this.refill();
    return this.tokens >= 1;
  }

  /** Full again: nothing taken for a while (so the bucket can be forgotten). */
  isFull(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }
}

/** Buckets by key (an address), forgotten once full again so the map stays small. */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private bucket(key: string): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 10_000) for (const [old, b] of this.buckets) if (b.isFull()) this.buckets.delete(old);
      bucket = new TokenBucket(this.ratePerSecond, this.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  take(key: string): boolean {
    return this.bucket(key).take();
  }

  has(key: string): boolean {
    return this.buckets.get(key)?.has() ?? true;
  }
}
