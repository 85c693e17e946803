// Engine: a wake-up call for whoever is watching a session in this process.

/**
 * The hosted page's push stream looks at its session in the state store every so often, which is what makes it work
 * across several instances. When the change happens in this same process, the writer also rings here, so the stream
 * looks at once instead of at its next turn: the confirmation reaches the browser without waiting out the interval.
 */
export class SessionChanges {
  private readonly waiting = new Map<string, Set<() => void>>();

  /** Resolves when `token`'s session changes in this process, after `ms`, or when `signal` aborts: whichever is first. */
  next(token: string, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const listeners = this.waiting.get(token) ?? new Set<() => void>();
      this.waiting.set(token, listeners);
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        listeners.delete(done);
        if (listeners.size === 0 && this.waiting.get(token) === listeners) this.waiting.delete(token);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done, { once: true });
      listeners.add(done);
    });
  }

  notify(token: string): void {
    for (const listener of [...(this.waiting.get(token) ?? [])]) listener();
  }

  /** How many tokens someone is waiting on (for tests: nothing is left behind). */
  get watched(): number {
    return this.waiting.size;
  }
}
