// Popup ready time with 100 debts and 20 plans stored, against an empty extension page, in one Chromium run.
import { importTs } from './load-ts.mjs';
import { EMPTY_PAGE, seedData, timeToReady, withChromium } from './chromium.mjs';
import { formatMs, median } from './stats.mjs';

const RUNS = 20;
const RATIO_TARGET = 1.3;

export async function measurePopup() {
  const { makeData } = await importTs('tests/fixtures/data.ts');
  const today = new Date().toLocaleDateString('sv'); // YYYY-MM-DD, local: what the popup calls today
  return withChromium(async (ext) => {
    await seedData(ext, makeData({ debts: 100, plans: 20 }, today));
    // One unmeasured load of each warms the disk cache and the V8 code cache equally.
    await timeToReady(ext, EMPTY_PAGE);
    await timeToReady(ext, 'popup.html');
    const empty = [];
    const popup = [];
    // Interleaved, so drift in machine load (six engineers share 2 cores) hits both alike.
    for (let i = 0; i < RUNS; i++) {
      empty.push(await timeToReady(ext, EMPTY_PAGE));
      popup.push(await timeToReady(ext, 'popup.html'));
    }
    const ratio = median(popup) / median(empty);
    return [
      { figure: 'empty extension page ready (median of 20)', value: formatMs(median(empty)), target: '', met: null },
      { figure: 'popup ready, 100 debts + 20 plans (median of 20)', value: formatMs(median(popup)), target: '', met: null },
      { figure: 'popup ready ÷ empty page', value: `${ratio.toFixed(2)}×`, target: `≤ ${RATIO_TARGET}×`, met: ratio <= RATIO_TARGET },
    ];
  });
}
