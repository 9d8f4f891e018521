// The built extension in real Chromium: no request leaves the extension while the popup and options
// pages open and commands run, and text users typed (names, notes, contact log) is shown as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIST, CHROMIUM_PATH, browserAvailable, launchChromium, type ChromiumExtension } from '../browser/harness';
import { DATA_KEY } from '../../src/domain/model';
import { MARKUP, markupData } from './markup';

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);

describe.runIf(run)('privacy and markup in the built extension (Chromium)', () => {
  let ext: ChromiumExtension;
  const requests: string[] = [];

  beforeAll(async () => {
    ext = await launchChromium();
    // Service-worker requests are reported on the context too (playwright-core routes them for Chromium).
    ext.context.on('request', (r) => requests.push(r.url()));
    const today = new Date().toLocaleDateString('sv');
    await ext.worker.evaluate(([key, data]) => chrome.storage.local.set({ [key]: data }), [DATA_KEY, markupData(today)] as const);
  });
  afterAll(() => ext?.close());

  it.each(['popup.html', 'options.html'])('%s shows every markup payload as text and runs none of it', async (rel) => {
    const page = await ext.open(rel);
    await page.waitForLoadState('load');
    await page.waitForFunction(() => document.body.innerText.includes('<script>'), undefined, { timeout: 20_000 });
    // Opens each row in turn (the popup keeps one open), so the details render too.
    await page.evaluate(() =>
      document.querySelectorAll<HTMLButtonElement>('.disclosure-toggle[aria-expanded="false"]').forEach((b) => b.click()),
    );
    // A popup row's body is a chunk loaded on demand: check it once it is drawn, not its placeholder.
    if (rel === 'popup.html')
      await page.waitForFunction(
        () => !document.querySelector('.lazy-loading') && document.querySelector('.item-actions') !== null,
        undefined,
        {
          timeout: 20_000,
        },
      );
    const found = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned ?? null,
      injected: document.querySelectorAll(
        '#app :is(script, iframe, style, img[src="x"], [onerror], [onload], [onclick], a[href^="javascript:"])',
      ).length,
      text: document.body.innerText,
    }));
    expect(found.pwned).toBeNull();
    expect(found.injected).toBe(0);
    expect(found.text).toContain(MARKUP[0].slice(0, 40));
    await page.close();
  });

  it('sends commands from a page without any request leaving the extension', async () => {
    const page = await ext.open('popup.html');
    const answers = await page.evaluate(async () => {
      const send = (name: string, input: unknown) =>
        chrome.runtime.sendMessage({ kind: 'dueguard/command', id: crypto.randomUUID(), name, input });
      return Promise.all([
        send('addDebt', {
          name: 'network check',
          kind: 'other',
          currency: 'CNY',
          amount: 100,
          recurrence: { type: 'once', dueDate: '2030-01-01' },
          graceDays: 0,
          note: '',
        }),
        send('updateSettings', { reminderTime: '09:00' }),
      ]);
    });
    expect(answers.map((a: { ok?: boolean } | undefined) => a?.ok)).toEqual([true, true]);
    await page.close();
    expect(ext.errors).toEqual([]);
  });

  it('made requests only to chrome-extension:// URLs', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);
  });
});
