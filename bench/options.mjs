// Options page ready with 1000 debts stored (its first section, the debts table), against an empty
// extension page, in one Chromium run.
import { importTs } from './load-ts.mjs';
import { EMPTY_PAGE, seedData, timeToReady, withChromium } from './chromium.mjs';
import { formatMs, median } from './stats.mjs';

const RUNS = 10;
const DEBTS = 1000;
const RATIO_TARGET = 2;
const SETTLE_MS = 1000;

export async function measureOptions() {
  const { makeData } = await importTs('tests/fixtures/data.ts');
  const today = new Date().toLocaleDateString('sv');
  return withChromium(async (ext) => {
    await seedData(ext, makeData({ debts: DEBTS, plans: 20 }, today));
    await timeToReady(ext, EMPTY_PAGE);
    await timeToReady(ext, 'options.html');
    const empty = [];
    const options = [];
    // Interleaved, as the popup bench does, with a pause after each load: a closed 1000-row page
    // leaves the browser busy for a while, which would otherwise slow the empty page that follows it.
    const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (let i = 0; i < RUNS; i++) {
      empty.push(await timeToReady(ext, EMPTY_PAGE));
      await settle();
      options.push(await timeToReady(ext, 'options.html'));
      await settle();
    }
    const ratio = median(options) / median(empty);
    return [
      { figure: `empty extension page ready, same run (median of ${RUNS})`, value: formatMs(median(empty)), target: '', met: null },
      {
        figure: `options page ready, ${DEBTS} debts + 20 plans (median of ${RUNS})`,
        value: formatMs(median(options)),
        target: '',
        met: null,
      },
      {
        figure: 'options page ready ÷ empty page',
        value: `${ratio.toFixed(2)}×`,
        target: `≤ ${RATIO_TARGET}×`,
        met: ratio <= RATIO_TARGET,
      },
    ];
  });
}
