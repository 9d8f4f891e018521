// Shared set-up for the `unit` project: a fresh in-memory fake browser before every test, in the
// place src/platform/browser.ts looks for Firefox's `browser` namespace.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach } from 'vitest';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

beforeEach(() => {
  fakeBrowser.reset();
});
