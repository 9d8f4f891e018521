/** The extension's own lifecycle events and pages. */
import { browser } from './browser';

/** Fired on install and on every update of the extension (or of the browser). */
export function onInstalled(listener: () => Promise<void> | void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

/** Fired when a browser profile that has the extension starts. */
export function onStartup(listener: () => Promise<void> | void): void {
  browser.runtime.onStartup.addListener(listener);
}

/** Opens one of the extension's pages in a new tab, e.g. `openExtensionPage('popup.html', { focus: key })` or `('options.html', {}, '#debts/d1')`. */
export async function openExtensionPage(page: string, params: Record<string, string> = {}, hash = ''): Promise<void> {
  const query = new URLSearchParams(params).toString();
  await browser.tabs.create({ url: browser.runtime.getURL(`${query ? `${page}?${query}` : page}${hash}`) });
}
