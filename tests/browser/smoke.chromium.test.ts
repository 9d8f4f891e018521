// Loads dist/chrome into headless Chromium and fails on any error in the service worker or pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIST, CHROMIUM_PATH, browserAvailable, launchChromium, type ChromiumExtension } from './harness';

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);

describe.runIf(run)('smoke: dist/chrome in Chromium', () => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(() => ext?.close());

  it('registers the service worker with a valid extension id', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it.each(['popup.html', 'options.html'])('opens %s without an error', async (page) => {
    const p = await ext.open(page);
    await p.waitForLoadState('load');
    // Rendered: the app root has children (a wait on that, not a fixed sleep).
    await p.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, undefined, { timeout: 10_000 });
    await p.close();
    expect(ext.errors).toEqual([]);
  });
});
