/**
 * Addresses of places inside the extension that one page sends the user to, built in one place so
 * the page that reads them agrees: the options page reads `section` and `debt` with
 * `readOptionsLocation`, the popup reads `focus` with `readFocusKey`.
 */

/** The parts of the options page another page can open. */
export type OptionsSection = 'debts' | 'plans' | 'import' | 'contacts' | 'settings';

/**
 * `options.html#import`, or with a debt: `options.html?debt=<id>#contacts` (the contact log of that debt).
 * Relative, so it works from any extension page.
 */
export function optionsHref(section: OptionsSection, debtId?: string): string {
  return `options.html${debtId ? `?debt=${encodeURIComponent(debtId)}` : ''}#${section}`;
}

/** What an options-page address asks for: the section (hash) and the debt (query), if any. */
export function readOptionsLocation(location: { search: string; hash: string }): { section: string | null; debtId: string | null } {
  return { section: location.hash.replace(/^#/, '') || null, debtId: new URLSearchParams(location.search).get('debt') };
}

/** `popup.html?focus=<installmentKey>` (a notification click) → the key; null otherwise. */
export function readFocusKey(location: { search: string }): string | null {
  return new URLSearchParams(location.search).get('focus');
}
