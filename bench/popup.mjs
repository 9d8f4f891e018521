// Popup shown (its list up: drawn from the derived record, or from the data when the record cannot stand
// in) with 10 debts + 2 plans and with 100 debts + 20 plans stored, against an empty extension page, in
// one Chromium run per size.
import { importTs } from './load-ts.mjs';
import { EMPTY_PAGE, seedData, timeToReady, withChromium } from './chromium.mjs';
import { formatMs, median } from './stats.mjs';

const RUNS = 20;
/** Debts → the ratio target of the issue (plans are a fifth of the debts). */
const SIZES = [
  [10, 1.15],
  [100, 1.3],
];

export async function measurePopup() {
  const { makeData } = await importTs('tests/fixtures/data.ts');
  const today = new Date().toLocaleDateString('sv'); // YYYY-MM-DD, local: what the popup calls today
  const rows = [];
  for (const [debts, target] of SIZES) {
    const plans = debts / 5;
    rows.push(
      ...(await withChromium(async (ext) => {
        await seedData(ext, makeData({ debts, plans }, today));
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
          { figure: `empty extension page ready, same run (median of ${RUNS})`, value: formatMs(median(empty)), target: '', met: null },
          {
            figure: `popup shown, ${debts} debts + ${plans} plans (median of ${RUNS})`,
            value: formatMs(median(popup)),
            target: '',
            met: null,
          },
          {
            figure: `popup shown ÷ empty page, ${debts} debts`,
            value: `${ratio.toFixed(2)}×`,
            target: `≤ ${target}×`,
            met: ratio <= target,
          },
        ];
      })),
    );
  }
  return rows;
}
