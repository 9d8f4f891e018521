// The popup's first screen in Chromium: with a sound derived record the list is drawn from it before
// the full popup has loaded, and the full popup then shows the same rows; a record that cannot stand
// in (damaged, or from yesterday with other rows) is never drawn, and the background rebuilds it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToDay } from '../../src/domain/day';
import { sealDerived, unsealDerived, type FirstScreenRecord, type Sealed } from '../../src/domain/derived-record';
import { FIRST_SCREEN_KEY } from '../../src/domain/storage-keys';
import { CHROME_DIST, CHROMIUM_PATH, browserAvailable, launchChromium, poll, type ChromiumExtension } from './harness';
import { seedCommands, sendInPage } from './popup-fixtures';

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);

/** What the list held when `body[data-shown]` and when `body[data-ready]` first appeared. */
interface Marks {
  shown: { readyToo: boolean; rows: string[] };
  ready: { rows: string[] };
}

/** Records, in each page, the rows at the moment each mark appears (a mutation observer runs in the same task as the change). */
function recordMarks() {
  const rows = () => [...document.querySelectorAll('li.row, li.plan-row')].map((li) => li.querySelector('.row-head')!.textContent!);
  const marks: Partial<Marks> = {};
  Object.assign(window, { __marks: marks });
  new MutationObserver(() => {
    const body = document.body;
    if (!marks.shown && body?.dataset.shown === '1') marks.shown = { readyToo: body.dataset.ready === '1', rows: rows() };
    if (!marks.ready && body?.dataset.ready === '1') marks.ready = { rows: rows() };
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-shown', 'data-ready'] });
}

describe.runIf(run)('the popup’s first screen in Chromium', () => {
  let ext: ChromiumExtension;
  const storedSealed = () =>
    ext.worker.evaluate(
      async (key) => (await chrome.storage.local.get(key))[key] as Sealed<FirstScreenRecord> | undefined,
      FIRST_SCREEN_KEY,
    );
  /** The stored record, when it is sound. */
  const stored = async () => unsealDerived<FirstScreenRecord>(await storedSealed());
  const store = (record: unknown) =>
    ext.worker.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [FIRST_SCREEN_KEY, record] as const);

  async function openPopup(): Promise<{ page: Page; marks: Marks }> {
    const page = await ext.open('popup.html');
    await page.waitForSelector('body[data-ready="1"]');
    return { page, marks: await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks) };
  }

  beforeAll(async () => {
    ext = await launchChromium();
    await ext.context.addInitScript(recordMarks);
    const { page } = await openPopup();
    expect((await page.evaluate(sendInPage, seedCommands())).every(Boolean)).toBe(true);
    await page.close();
    await poll(async () => ((await stored())?.rows.length ?? 0) > 0, { what: 'the record of the seeded data' });
  });
  afterAll(() => ext?.close());

  it('draws the list from a sound record first, and the full popup over it shows the same rows', async () => {
    const { page, marks } = await openPopup();
    expect(marks.shown.readyToo, 'the first screen was up before the full popup').toBe(false);
    expect(marks.shown.rows.length).toBeGreaterThan(3);
    expect(marks.ready.rows.slice(0, marks.shown.rows.length)).toEqual(marks.shown.rows);
    await page.close();
  });

  it.each([
    ['damaged', (sealed: Sealed<FirstScreenRecord>) => ({ ...sealed, check: 'damaged' })],
    [
      'from yesterday, with other rows',
      (sealed: Sealed<FirstScreenRecord>) => {
        const record = unsealDerived<FirstScreenRecord>(sealed)!;
        return sealDerived<FirstScreenRecord>({ ...record, day: addDaysToDay(record.day, -1), rows: record.rows.slice(1) });
      },
    ],
  ])('a record %s is not drawn, and is rebuilt', async (_name, spoil) => {
    const sealed = (await storedSealed())!;
    const sound = unsealDerived<FirstScreenRecord>(sealed)!;
    await store(spoil(sealed));
    const { page, marks } = await openPopup();
    expect(marks.shown.readyToo, 'only the full popup drew').toBe(true);
    expect(marks.shown.rows).toEqual(marks.ready.rows);
    const spoilt = spoil(sealed).check;
    const rebuilt = await poll(
      async () => {
        const [record, now] = [await stored(), await storedSealed()];
        return record && now?.check !== spoilt && record.day === sound.day && record;
      },
      { what: 'the rebuilt record' },
    );
    expect(rebuilt.rows).toEqual(sound.rows);
    await page.close();
  });
});
