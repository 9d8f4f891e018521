/**
 * Runs jobs one after another. Every job reads storage, computes and writes; two interleaved jobs
 * would each write back what the other did not see. This chain is a lock, not state: an empty chain
 * after a restart is exactly right.
 */
let tail: Promise<unknown> = Promise.resolve();

/** Runs `job` after every job queued before it has settled (succeeded or failed). */
export function serialize<T>(job: () => Promise<T>): Promise<T> {
  const run = tail.then(job);
  tail = run.catch(() => undefined);
  return run;
}
