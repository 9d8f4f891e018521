// The real-browser side of the bench: one Chromium with a copy of dist/chrome that also holds an empty page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importTs } from './load-ts.mjs';

export const EMPTY_PAGE = 'bench-empty.html';

/** Copies `dist` to a temp folder and adds an extension page that only marks itself ready (the baseline). */
function copyWithEmptyPage(dist) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dueguard-bench-'));
  fs.cpSync(dist, copy, { recursive: true });
  fs.writeFileSync(
    path.join(copy, EMPTY_PAGE),
    '<!doctype html>\n<html><head><meta charset="utf-8"><title>empty</title></head><body><script type="module" src="bench-empty.js"></script></body></html>\n',
  );
  fs.writeFileSync(path.join(copy, 'bench-empty.js'), "document.body.dataset.ready = '1';\n");
  return copy;
}

/**
 * Runs `fn` with a launched extension (tests/browser/harness.ts) whose pages record, in `__benchReadyAt`,
 * the `performance.now()` at which the page first showed its content (ms since navigation start):
 * `body[data-shown="1"]` (the popup's list, drawn from the derived record or the data) or
 * `body[data-ready="1"]` (a page that marks only when it is ready), whichever comes first.
 * @template T @param {(ext: import('../tests/browser/harness').ChromiumExtension) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withChromium(fn) {
  const { launchChromium } = await importTs('tests/browser/harness.ts');
  const dist = copyWithEmptyPage(process.env.BENCH_DIST ?? 'dist/chrome');
  const ext = await launchChromium({ dist });
  try {
    await ext.context.addInitScript(() => {
      // A mutation observer fires in the same task as the change: the time is the render's, not a poll's.
      new MutationObserver((_, observer) => {
        const body = document.body;
        if (body?.dataset.shown !== '1' && body?.dataset.ready !== '1') return;
        Object.assign(window, { __benchReadyAt: performance.now() });
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-shown'] });
    });
    return await fn(ext);
  } finally {
    await ext.close();
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

/** Opens `rel` in a new tab and returns ms from navigation start to ready. */
export async function timeToReady(ext, rel) {
  const page = await ext.open(rel);
  try {
    const handle = await page
      .waitForFunction(() => /** @type {any} */ (window).__benchReadyAt, undefined, { timeout: 10_000 })
      .catch(() => Promise.reject(new Error(`${rel} did not set body[data-shown] or body[data-ready] within 10 s`)));
    return /** @type {number} */ (await handle.jsonValue());
  } finally {
    await page.close();
  }
}

/**
 * Replaces the stored data (the background's key) through the service worker, voiding the derived
 * record as a command's write does, and waits for the background to rebuild it (asked as a popup
 * that finds it void asks), so the pages measured start from the state every command leaves.
 */
export async function seedData(ext, data) {
  const derived = () =>
    ext.worker.evaluate(async () => (await globalThis.chrome.storage.local.get('dueguard.derived'))['dueguard.derived']);
  const waitForRecord = async () => {
    const end = Date.now() + 30_000;
    while (!(await derived())) {
      if (Date.now() > end) throw new Error('the background did not build the derived record within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  // The install's wake first: its record, built from no data, must not land after the seeded data.
  await waitForRecord();
  await ext.worker.evaluate(async (d) => {
    await globalThis.chrome.storage.local.set({ 'dueguard.data': d });
    await globalThis.chrome.storage.local.remove('dueguard.derived');
  }, data);
  const page = await ext.open(EMPTY_PAGE);
  await page.evaluate(() => globalThis.chrome.runtime.sendMessage({ kind: 'dueguard/rebuild' }).catch(() => undefined));
  await page.close();
  await waitForRecord();
}
