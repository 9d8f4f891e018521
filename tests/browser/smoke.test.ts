// Loads the built extension into each browser and fails on any error in its pages or worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionDriver } from './driver';

describe.each(BROWSERS)('smoke: the built extension in $name', ({ available, launch }) => {
  let ext: ExtensionDriver;
  beforeAll(async () => {
    if (available) ext = await launch();
  });
  afterAll(() => ext?.close());

  it.runIf(available)('is installed under its own extension origin', () => {
    expect(ext.origin).toMatch(/^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})\/$/);
  });

  it.runIf(available).each(['popup.html', 'options.html'])('opens %s and renders without an error', async (rel) => {
    const page = await ext.open(rel);
    await page.waitFor(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, undefined, `${rel} to render`);
    await page.close();
    expect(ext.errors).toEqual([]);
  });
});
