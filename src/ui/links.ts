/**
 * Addresses of places inside the extension that one page sends the user to. The options page routes
 * on its hash (`#<section>/<arg>/…`, see src/options/route.ts); the popup reads `?focus=<key>`.
 */

/** The parts of the options page another page opens. */
export type OptionsSection = 'debts' | 'triage' | 'plans' | 'calendar' | 'import' | 'contacts' | 'data' | 'settings';

/**
 * `options.html#import`; with arguments `options.html#contacts/debt%3A<id>` (the contact log of a debt).
 * Relative, so it works from any extension page.
 * @example optionsHref('contacts', `debt:${id}`)
 */
export function optionsHref(section: OptionsSection, ...args: string[]): string {
  return `options.html#${[section, ...args].map(encodeURIComponent).join('/')}`;
}

/** `popup.html?focus=<installmentKey>` (a notification click) → the key; null otherwise. */
export function readFocusKey(location: { search: string }): string | null {
  return new URLSearchParams(location.search).get('focus');
}
