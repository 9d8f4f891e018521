/**
 * Chrome's `messages.json` allows only `[A-Za-z0-9_]` in message names, while domain ids use
 * kebab-case (`credit-card`, `too-many-decimals`): this is the one place that maps one to the other.
 */

/**
 * The locale message key for a domain id under a prefix: hyphens become underscores.
 * @example messageKey('kind', 'credit-card') // 'kind_credit_card'
 */
export function messageKey(prefix: string, id: string): string {
  return `${prefix}_${id.replaceAll('-', '_')}`;
}
