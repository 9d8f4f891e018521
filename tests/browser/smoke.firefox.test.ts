// Installs dist/firefox into headless Firefox ESR and opens its pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_DIST, FIREFOX_PATH, browserAvailable, launchFirefox, type FirefoxExtension } from './harness';

const run = browserAvailable(FIREFOX_PATH, FIREFOX_DIST);

describe.runIf(run)('smoke: dist/firefox in Firefox ESR', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
  });
  afterAll(() => ext?.close());

  it.each(['popup.html', 'options.html'])('opens %s and renders', async (rel) => {
    const page = await ext.open(rel);
    const children = await page.evaluate(() => document.getElementById('app')?.childElementCount ?? 0);
    expect(children).toBeGreaterThan(0);
    await page.close();
  });
});
