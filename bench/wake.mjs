// Background cold wake → reconcile done, with 10, 100 and 1000 debts stored, against an empty profile,
// in one Chromium run: the worker is stopped through CDP, then a command wakes it; the background
// answers a command only after the reconcile that follows it (src/background/index.ts).
import { importTs } from './load-ts.mjs';
import { EMPTY_PAGE, withChromium } from './chromium.mjs';
import { formatMs, median } from './stats.mjs';

const SIZES = [0, 10, 100, 1000];
const ROUNDS = 10;
const RATIO_TARGET = 1.5;

/* global chrome -- these two run in the extension page */

/** In the page: replaces the stored data (and clears alarms, so none wakes the worker early). */
function seed(data) {
  return Promise.all([chrome.storage.local.clear(), chrome.alarms.clearAll()]).then(() => chrome.storage.local.set({ 'dueguard.data': data }));
}

/** In the page: ms from sending a command to its answer. */
async function timeCommand(id) {
  const start = performance.now();
  const answer = await chrome.runtime.sendMessage({ kind: 'dueguard/command', id, name: 'snooze', input: { installmentKey: `bench:${id}`, until: 0 } });
  if (!answer?.ok) throw new Error(`the command failed: ${JSON.stringify(answer)}`);
  return performance.now() - start;
}

export async function measureWake() {
  const { makeData } = await importTs('bench/data.ts');
  const today = new Date().toLocaleDateString('sv');
  const datasets = new Map(SIZES.map((n) => [n, makeData({ debts: n, plans: 0 }, today)]));
  return withChromium(async (ext) => {
    const page = await ext.open(EMPTY_PAGE);
    const samples = new Map(SIZES.map((n) => [n, []]));
    // Rounds interleave the sizes, so drift in machine load hits all alike; round 0 is a warm-up.
    for (let round = 0; round <= ROUNDS; round++) {
      for (const n of SIZES) {
        await page.evaluate(seed, datasets.get(n));
        await ext.stopWorker();
        const ms = await page.evaluate(timeCommand, `wake-${round}-${n}`);
        if (round > 0) samples.get(n).push(ms);
      }
    }
    const empty = median(samples.get(0));
    return SIZES.map((n) => {
      const ms = median(samples.get(n));
      const last = n === SIZES.at(-1);
      return {
        figure: n === 0 ? `cold wake → reconcile, empty profile (median of ${ROUNDS})` : `cold wake → reconcile, ${n} debts (median of ${ROUNDS})`,
        value: n === 0 ? formatMs(ms) : `${formatMs(ms)} (${(ms / empty).toFixed(2)}× empty)`,
        target: last ? `≤ ${RATIO_TARGET}× empty` : '',
        met: last ? ms / empty <= RATIO_TARGET : null,
      };
    });
  });
}
