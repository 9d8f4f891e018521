// The popup's first screen is drawn from its derived record: over random data (up to 1000 debts and
// plans, some paid in part, one snoozed) it shows the summary, the sections' headings and the first
// rows, word for word, as the full popup drawn from the data shows them, in both languages; with
// few enough rows, the whole list, plans included.
import { cleanup, render } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toDay } from '../../src/domain/day';
import { FIRST_SCREEN_ROWS, unsealDerived, type FirstScreenRecord } from '../../src/domain/derived-record';
import { DATA_KEY } from '../../src/domain/model';
import { FIRST_SCREEN_KEY } from '../../src/domain/storage-keys';
import { loadState } from '../../src/platform/storage';
import { FirstScreen, nothingCarried } from '../../src/popup/first-screen';
import { PaymentWarnings } from '../../src/popup/lazy-parts';
import { Popup } from '../../src/popup/popup';
import type { Lang } from '../../src/text/locale';
import { makeData } from '../fixtures/data';
import { localeMessages } from '../fixtures/locale';
import { makeLocale } from '../../src/text/locale';
import type { Messages } from '../../src/text/translate';
import { LocaleProvider } from '../../src/ui/locale';
import firstScreenMessages from '../../src/popup/first-screen-messages.json';
import { send } from '../integration/background-harness';
import { renderWithLocale } from '../ui/popup-render';
import { useBackgroundAt } from './faults';

/** 07:00 on a day in June. */
const START = new Date(2026, 5, 1, 7, 0).getTime();
const TODAY = toDay(new Date(START));

// Loaded before the full popup renders, so it draws in the render rather than after the test.
beforeAll(() => PaymentWarnings.preload());
afterEach(cleanup);

/** What a reader of the list meets: the summary, then each section's heading, count and rows (head, state, stage). */
function listOf(container: Element) {
  const sections = [...container.querySelectorAll('section')].filter((section) => section.querySelector('ul.rows'));
  return {
    summary: container.querySelector('.summary')!.innerHTML,
    sections: sections.map((section) => ({
      heading: section.querySelector('.section-head')!.textContent,
      rows: [...section.querySelectorAll('ul.rows > li')].map((li) => ({
        key: li.getAttribute('data-row'),
        class: li.className,
        stage: li.getAttribute('data-stage'),
        head: li.querySelector('.row-head')!.innerHTML,
      })),
      showAll: section.querySelector('.show-all')?.textContent ?? null,
    })),
    allClear: container.querySelector('.all-clear')?.textContent ?? null,
  };
}

const FIRST_SCREEN_PATTERNS = firstScreenMessages.patterns.map((pattern) => new RegExp(pattern));

const storedRecord = async () =>
  unsealDerived<FirstScreenRecord>((await fakeBrowser.storage.local.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY])!;

describe('the first screen from the derived record is the full popup’s list', () => {
  useBackgroundAt(START);

  it.each([
    [3, 'zh_CN'],
    [10, 'en'],
    [100, 'zh_CN'],
    [1000, 'en'],
  ] as const)('at %i debts, in %s', async (debts, lang: Lang) => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: makeData({ debts, plans: Math.ceil(debts / 5) }, TODAY) });
    await fakeBrowser.runtime.onStartup.trigger();
    // A snoozed row shows its snooze on both.
    const leadKey = (await storedRecord()).rows[0]!.leadKey;
    await send('snooze', { installmentKey: leadKey, until: START + 3_600_000 }, 'snooze');
    const record = await storedRecord();
    const snapshot = await loadState();

    const fromRecord = listOf(
      renderWithLocale(<FirstScreen record={record} now={Date.now()} carried={nothingCarried()} />, lang).container,
    );
    cleanup();
    const fromData = listOf(renderWithLocale(<Popup snapshot={snapshot} today={TODAY} focusKey={null} />, lang).container);

    const drawn = fromRecord.sections.flatMap((s) => s.rows);
    const all = fromData.sections.filter((s) => s.rows.some((row) => row.key !== null)).flatMap((s) => s.rows);
    expect(drawn[0]!.head).toContain(lang === 'en' ? 'reminders paused until' : '提醒已暂停至');
    if (all.length <= FIRST_SCREEN_ROWS) {
      expect(fromRecord).toEqual(fromData);
      return;
    }
    expect(drawn).toEqual(all.slice(0, FIRST_SCREEN_ROWS));
    expect(fromRecord.summary).toBe(fromData.summary);
    // Each section drawn has its full heading and count, and the first of its rows.
    for (const [i, section] of fromRecord.sections.entries()) {
      expect(section.heading).toBe(fromData.sections[i]!.heading);
      expect(section.rows).toEqual(fromData.sections[i]!.rows.slice(0, section.rows.length));
    }
  });

  it.each(['en', 'zh_CN'] as const)(
    'reads the same with only the messages built for it (first-screen-messages.json), in %s',
    async (lang) => {
      await fakeBrowser.storage.local.set({ [DATA_KEY]: makeData({ debts: 1000, plans: 200 }, TODAY) });
      await fakeBrowser.runtime.onStartup.trigger();
      const record = await storedRecord();
      const all = localeMessages(lang);
      const only = Object.fromEntries(Object.entries(all).filter(([key]) => FIRST_SCREEN_PATTERNS.some((p) => p.test(key))));
      expect(Object.keys(only).length).toBeLessThan(Object.keys(all).length / 2);
      const draw = (messages: Messages) => {
        const html = render(
          <LocaleProvider value={makeLocale(lang, messages)}>
            <FirstScreen record={record} now={Date.now()} carried={nothingCarried()} />
          </LocaleProvider>,
        ).container.innerHTML;
        cleanup();
        return html;
      };
      expect(draw(only)).toBe(draw(all));
    },
  );

  it('with nothing stored, both show the first-run screen', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    const record = await storedRecord();
    expect(record.empty).toBe(true);
    const fromRecord = renderWithLocale(<FirstScreen record={record} now={Date.now()} carried={nothingCarried()} />).container.innerHTML;
    cleanup();
    const fromData = renderWithLocale(<Popup snapshot={await loadState()} today={TODAY} focusKey={null} />).container.innerHTML;
    expect(fromRecord).toContain('empty-state');
    expect(fromRecord).toBe(fromData);
  });
});
