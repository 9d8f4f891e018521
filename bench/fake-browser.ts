// Puts the in-memory fake browser where src/platform/browser.ts looks for Firefox's `browser`
// namespace, so the background runs in node. Import it before anything from src/platform.
import { fakeBrowser } from '@webext-core/fake-browser';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
