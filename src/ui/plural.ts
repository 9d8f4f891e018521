import type { Params, Translate } from '../platform/i18n';

/**
 * A message that counts something: `<key>_one` when `count` is 1, else `<key>_other` (Chrome's
 * message format has no plural rules; English needs these two, Chinese the same text twice).
 * `{count}` is filled in with the other parameters.
 */
export function tCount(t: Translate, key: string, count: number, params: Params = {}): string {
  return t(`${key}_${count === 1 ? 'one' : 'other'}`, { count, ...params });
}
