/** Markup and script that users might paste into a free-text field; each must be shown as plain text. */
import { makeData } from '../fixtures/data';
import type { Data } from '../../src/domain/model';

export const MARKUP = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'"></svg>',
  '<a href="javascript:window.__pwned=1" onclick="window.__pwned = \'a\'">pay here</a>',
  "{{constructor.constructor('window.__pwned=1')()}} ${window.__pwned} &lt;b&gt; &amp;",
  '<iframe src="javascript:parent.__pwned=1"></iframe><style>body{display:none}</style>',
] as const;

/** Stored data whose every free-text field holds one of the MARKUP payloads (names cut to their 80-character limit). */
export function markupData(today: string): Data {
  const data = makeData({ debts: MARKUP.length, plans: MARKUP.length, contacts: MARKUP.length }, today);
  const payload = (i: number) => MARKUP[i % MARKUP.length]!;
  data.debts.forEach((d, i) => Object.assign(d, { name: payload(i).slice(0, 80), note: payload(i) }));
  data.plans.forEach((p, i) => Object.assign(p, { name: payload(i).slice(0, 80), note: payload(i), debtId: undefined }));
  data.contacts.forEach((c, i) => Object.assign(c, { who: payload(i), summary: payload(i) }));
  data.payments.forEach((p, i) => Object.assign(p, { note: payload(i) }));
  return data;
}
