// Background cold wake → work done, with 10, 100 and 1000 debts stored, against an empty profile, in
// one Chromium run: the worker is stopped through CDP, then a command wakes it (the background answers
// a command only after the reconcile that follows it, src/background/index.ts), or an alarm does
// (served from the derived record; done when the wake has armed the alarm it consumed again).
//
// Each round seeds the data afresh and wakes the worker twice: the first wake finds every reminder of
// the seeded data unsent and shows them as one summary (a catch-up, as after a week with the browser
// closed); the second finds storage as a previous wake left it, which is what nearly every wake sees.
// The target is held to the second.
import { importTs } from './load-ts.mjs';
import { EMPTY_PAGE, withChromium } from './chromium.mjs';
import { formatMs, median } from './stats.mjs';

const SIZES = [0, 10, 100, 1000];
const ROUNDS = 10;
const RATIO_TARGET = 1.5;

/* global chrome -- these two run in the extension page */

/** In the page: replaces the stored data (and clears alarms, so none wakes the worker early). */
function seed(data) {
  return Promise.all([chrome.storage.local.clear(), chrome.alarms.clearAll()]).then(() =>
    chrome.storage.local.set({ 'dueguard.data': data }),
  );
}

/** In the page: ms from sending a command (a snooze to tomorrow, as a notification's button sends) to its answer. */
async function timeCommand({ id, installmentKey }) {
  const start = performance.now();
  const input = { installmentKey, until: Date.now() + 86_400_000 };
  const answer = await chrome.runtime.sendMessage({ kind: 'dueguard/command', id, name: 'snooze', input });
  if (!answer?.ok) throw new Error(`the command failed: ${JSON.stringify(answer)}`);
  return performance.now() - start;
}

/**
 * In the page: ms from an alarm firing (armed for now; unpacked extensions get alarms at once) to the
 * wake arming it again for the next midnight, which every wake does last (alarm-wake.ts, reconcile.ts).
 */
async function timeAlarm() {
  await chrome.alarms.clear('dueguard.midnight');
  const start = performance.now();
  await chrome.alarms.create('dueguard.midnight', { when: Date.now() });
  for (;;) {
    const armed = await chrome.alarms.get('dueguard.midnight');
    if (armed && armed.scheduledTime > Date.now() + 60_000) return performance.now() - start;
    if (performance.now() - start > 30_000) throw new Error('the alarm wake did not re-arm the midnight alarm within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const WAKES = /** @type {const} */ (['catch-up', 'steady']);
/** Held to the issue's targets: ≤ 1.2× the empty worker at 100 debts, ≤ 1.5× at 1000. */
const TARGETS = new Map([
  [100, 1.2],
  [1000, RATIO_TARGET],
]);

export async function measureWake() {
  const { makeData } = await importTs('tests/fixtures/data.ts');
  const { getOpenInstallments } = await importTs('src/domain/open-installments.ts');
  const { getOverview } = await importTs('src/domain/overview.ts');
  const { DEFAULT_SETTINGS } = await importTs('src/domain/model.ts');
  const today = new Date().toLocaleDateString('sv');
  const datasets = new Map(SIZES.map((n) => [n, makeData({ debts: n, plans: 0 }, today)]));
  // What each wake snoozes: the first overdue payment (none in the empty profile, whose snooze is dropped).
  const snoozed = new Map(
    SIZES.map((n) => [
      n,
      getOverview(getOpenInstallments(datasets.get(n), DEFAULT_SETTINGS, today), 'CNY').overdue[0]?.status.key ?? 'none',
    ]),
  );
  return withChromium(async (ext) => {
    const page = await ext.open(EMPTY_PAGE);
    /** @type {Record<typeof WAKES[number], Map<number, number[]>>} */
    const samples = Object.fromEntries([...WAKES, 'alarm'].map((w) => [w, new Map(SIZES.map((n) => [n, []]))]));
    // Rounds interleave the sizes, so drift in machine load hits all alike; round 0 is a warm-up.
    for (let round = 0; round <= ROUNDS; round++) {
      for (const n of SIZES) {
        await page.evaluate(seed, datasets.get(n));
        for (const wake of WAKES) {
          await ext.stopWorker();
          const ms = await page.evaluate(timeCommand, { id: `${wake}-${round}-${n}`, installmentKey: snoozed.get(n) });
          if (round > 0) samples[wake].get(n).push(ms);
        }
        await ext.stopWorker();
        const ms = await page.evaluate(timeAlarm);
        if (round > 0) samples.alarm.get(n).push(ms);
      }
    }
    const WHAT = {
      steady: 'cold wake by a command → reconcile',
      'catch-up': 'first wake after the data was written (catch-up summary) → reconcile',
      alarm: 'cold wake by an alarm (from the derived record) → alarms armed',
    };
    const row = (wake, n) => {
      // Each path against the empty profile's wake by the same path.
      const empty = median(samples[wake === 'alarm' ? 'alarm' : 'steady'].get(0));
      const ms = median(samples[wake].get(n));
      const target = wake === 'catch-up' ? RATIO_TARGET : TARGETS.get(n);
      return {
        figure: `${WHAT[wake]}, ${n === 0 ? 'empty profile' : `${n} debts`} (median of ${ROUNDS})`,
        value: n === 0 ? formatMs(ms) : `${formatMs(ms)} (${(ms / empty).toFixed(2)}× empty)`,
        target: target === undefined ? '' : `≤ ${target}× empty`,
        met: target === undefined ? null : ms / empty <= target,
      };
    };
    const empty = median(samples.steady.get(0));
    // What each debt adds to a wake: (wake − empty wake) ÷ debts, which should stay flat or fall as the data grows.
    const perDebt = SIZES.filter((n) => n > 0).map((n) => ({ n, ms: (median(samples.steady.get(n)) - empty) / n }));
    const flat = perDebt.every((p, i) => i === 0 || p.ms <= perDebt[i - 1].ms * 1.1);
    const costRow = {
      figure: `worker wake cost per debt, ${perDebt.map((p) => p.n).join(' / ')} debts`,
      value: perDebt.map((p) => `${(p.ms * 1000).toFixed(0)} µs`).join(' / '),
      target: 'flat or falling (each ≤ 1.1× the last)',
      met: flat,
    };
    return [...SIZES.map((n) => row('steady', n)), row('catch-up', SIZES.at(-1)), ...SIZES.map((n) => row('alarm', n)), costRow];
  });
}
