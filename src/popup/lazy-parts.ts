/**
 * The popup's parts that a click opens, each in its own chunk: the first view (the list) loads
 * without them, and `preloadParts` fetches them once the list is up so a click never waits.
 */
import { lazyComponent } from '../ui/lazy';

/** An open row: actions and the stage explainer or what-if (row-details.tsx). */
export const RowDetails = lazyComponent(() => import('./row-details').then((m) => m.RowDetails));

/** The quick-add forms: the options page's own forms, used now and then. */
export const QuickAdd = lazyComponent(() => import('./quick-add').then((m) => m.QuickAdd));

/** The warning line about a cash crunch or bunched payments (payment-warnings.tsx), shown only when there is one. */
export const PaymentWarnings = lazyComponent(() => import('./payment-warnings').then((m) => m.PaymentWarnings));

/** Loads every part; resolves when all are ready to render at once. */
export function preloadParts(): Promise<void> {
  return Promise.all([RowDetails.preload(), QuickAdd.preload()]).then(() => undefined);
}
