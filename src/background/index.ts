// Service worker entry (wiring only; see docs/architecture.md).
import { browser } from '../platform/browser';

browser.runtime.onInstalled.addListener(() => undefined);
