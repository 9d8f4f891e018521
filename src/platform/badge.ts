/**
 * The toolbar badge and title: red with the overdue count, amber with the days until the next due
 * date, or empty. Colours pair a background with a text colour that keeps WCAG AA contrast.
 */
import { browser } from './browser';

export type BadgeColor = 'red' | 'amber';

const COLORS: Record<BadgeColor, { background: string; text: string }> = {
  red: { background: '#B3261E', text: '#FFFFFF' },
  amber: { background: '#F9AB00', text: '#1F1F1F' },
};

/** Sets the badge text (empty hides it), its colours, and the one-line summary shown on hover. */
export async function setBadge(badge: { text: string; color: BadgeColor | null }, title: string): Promise<void> {
  const jobs = [browser.action.setBadgeText({ text: badge.text }), browser.action.setTitle({ title })];
  if (badge.color) {
    const { background, text } = COLORS[badge.color];
    jobs.push(browser.action.setBadgeBackgroundColor({ color: background }));
    // Badge text colour arrived later than the badge itself (Chrome 110): set it where the browser has it.
    if (typeof browser.action.setBadgeTextColor === 'function') jobs.push(browser.action.setBadgeTextColor({ color: text }));
  }
  await Promise.all(jobs);
}
