// Politeness per host for `redline track`: at most N requests to one host at a time, a minimum
// delay between the starts of two requests to it, and a 429's Retry-After holding back every
// request to that host, not only the page that got it. Waits are bounded by each page's deadline.
// Knows nothing about HTTP itself; fetcher.ts calls enter() around each attempt.

export interface Gate {
  /** Wait for a turn; the returned function ends it. Rejects with GateTimeout when the wait would
   * end after `end` (epoch ms), or when `signal` aborts. */
  enter(end: number, signal: AbortSignal): Promise<() => void>;
  /** The host asked to wait this long before any further request. */
  backoff(ms: number): void;
}

export class GateTimeout extends Error {
  constructor(readonly waitMs: number) {
    super('the host asked to wait');
  }
}

export interface Politeness {
  /** requests to one host at a time. */
  perHost: number;
  /** milliseconds between the starts of two requests to one host. */
  delayMs: number;
}

class HostGate implements Gate {
  private active = 0;
  private nextAt = 0;
  private waiting: (() => void)[] = [];

  constructor(private readonly p: Politeness) {}

  async enter(end: number, signal: AbortSignal): Promise<() => void> {
    for (;;) {
      if (signal.aborted) throw new GateTimeout(0);
      const now = Date.now();
      if (this.active < this.p.perHost && now >= this.nextAt) break;
      if (this.nextAt > end) throw new GateTimeout(this.nextAt - now);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', wake);
          resolve();
        };
        // woken by a turn ending, by the delay passing, or by the page's deadline
        const timer = this.active >= this.p.perHost ? undefined : setTimeout(wake, this.nextAt - now);
        if (this.active >= this.p.perHost) this.waiting.push(wake);
        signal.addEventListener('abort', wake, { once: true });
      });
    }
    this.active++;
    this.nextAt = Math.max(this.nextAt, Date.now() + this.p.delayMs);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.active--;
      this.waiting.shift()?.();
    };
  }

  backoff(ms: number): void {
    this.nextAt = Math.max(this.nextAt, Date.now() + ms);
  }
}

/** One gate per host (host and port), created on first use. */
export class HostGates {
  private gates = new Map<string, HostGate>();

  constructor(private readonly p: Politeness) {}

  for(url: string): Gate {
    let host: string;
    try {
      host = new URL(url).host.toLowerCase();
    } catch {
      host = '';
    }
    let g = this.gates.get(host);
    if (!g) {
      g = new HostGate(this.p);
      this.gates.set(host, g);
    }
    return g;
  }
}

/** The pages in an order that takes hosts in turn (a, b, c, a, b, c...), so that one busy host
 * does not hold every worker. Order within a host is kept. */
export function interleaveByHost<T extends { url: string }>(items: T[]): T[] {
  const byHost = new Map<string, T[]>();
  for (const it of items) {
    let h: string;
    try {
      h = new URL(it.url.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'x')).host;
    } catch {
      h = '';
    }
    if (!byHost.has(h)) byHost.set(h, []);
    byHost.get(h)!.push(it);
  }
  const lists = [...byHost.values()];
  const out: T[] = [];
  for (let i = 0; out.length < items.length; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}
