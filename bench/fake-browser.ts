// Stands in for webextension-polyfill when the bench runs the background in node: the in-memory fake browser.
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
