/**
 * Something the service keeps in memory beside the store (the name index, the figures' graph):
 * read from the store when first asked and again on `rebuild`, changed in place by `update` after
 * each committed write. Rebuilds and updates run one at a time in the order called, each reading
 * the store after its write committed, so what is kept never goes back to an older state. Asks
 * during a rebuild wait for it. What cannot be read is not remembered: the next ask reads again,
 * and an update that fails forgets what is kept, so the next ask reads it all.
 */
export class Kept<T> {
  private value: Promise<T> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly read: () => Promise<T>) {}

  current(): Promise<T> {
    return this.value ?? this.replace();
  }

  rebuild(): Promise<void> {
    return this.inTurn(async () => {
      await this.replace();
    });
  }

  update(change: (kept: T) => Promise<void>): Promise<void> {
    return this.inTurn(async () => {
      try {
        await change(await this.current());
      } catch {
        this.value = null;
      }
    });
  }

  private inTurn(work: () => Promise<void>): Promise<void> {
    const done = this.queue.then(work);
    this.queue = done.catch(() => undefined);
    return done;
  }

  private replace(): Promise<T> {
    const reading = this.read();
    this.value = reading;
    reading.catch(() => {
      if (this.value === reading) this.value = null;
    });
    return reading;
  }
}
