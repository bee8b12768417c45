import { createServer } from "node:net";

/** A port nobody listens on at 127.0.0.1 right now, for a server a test starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** How {@link eventually} waits, and what it adds to its error. */
export interface EventuallyOptions {
  /** The longest wait, in milliseconds. */
  readonly ms: number;
  /** Milliseconds between tries. */
  readonly pollMs: number;
  /** A time (Date.now()) no wait goes past, e.g. the test file's own deadline. */
  readonly deadline?: number;
  /** What to append to the error: the logs of the servers the test runs. */
  readonly context?: () => string;
}

/**
 * Retries `check` (which throws, e.g. a failed expect, until what it waits for is true) until it
 * passes, or fails after `ms` with the last error and the context.
 */
export async function eventually<T>(what: string, check: () => Promise<T> | T, options: EventuallyOptions): Promise<T> {
  const until = Math.min(Date.now() + options.ms, options.deadline ?? Infinity);
  let last: unknown;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) break;
    await sleep(options.pollMs);
  }
  const context = options.context ? `\n${options.context()}` : "";
  throw new Error(`${what}: not so within ${Math.round(options.ms / 1000)} s\n${last instanceof Error ? last.message : String(last)}${context}`);
}
