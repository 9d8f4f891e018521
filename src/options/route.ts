/**
 * The options page's sections, reachable by URL hash (`options.html#import`), with an optional
 * argument after a slash: `#plans/new/<debtId>` starts a plan for a debt, `#contacts/debt:<id>`
 * opens the contact log of a debt, `#debts/new` opens the add form, `#calendar/2026-10` a month. The popup links to these.
 */
import { useEffect, useState } from 'preact/hooks';

export const SECTIONS = ['debts', 'triage', 'plans', 'calendar', 'contacts', 'import', 'export', 'data', 'settings'] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface Route {
  section: SectionId;
  /** What follows the section in the hash, split at slashes (`['new', '<debtId>']`). */
  args: string[];
}

/** The route a hash names; unknown or empty hashes open the debts. */
export function parseRoute(hash: string): Route {
  const [head = '', ...args] = decodeURIComponent(hash.replace(/^#/, '')).split('/');
  const section = (SECTIONS as readonly string[]).includes(head) ? (head as SectionId) : 'debts';
  return { section, args: section === head ? args.filter(Boolean) : [] };
}

export function routeHash(section: SectionId, ...args: string[]): string {
  return `#${[section, ...args].map(encodeURIComponent).join('/')}`;
}

/** The current route, following `hashchange`. */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}

/** Goes to a route (adds a history entry, so Back returns). */
export function navigate(section: SectionId, ...args: string[]): void {
  location.hash = routeHash(section, ...args);
}
