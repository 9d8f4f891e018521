/**
 * Filling in messages. Messages are Chrome's `messages.json` texts with `{name}` placeholders; how
 * they are read (an extension resource) is src/platform/i18n.ts's business, not this module's.
 */

/** Key → message text, with `{name}` placeholders. */
export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

/**
 * Makes `t(key, params)`. A missing key returns the key itself, so a gap shows up on screen and in
 * tests instead of an empty string; the build already refuses locales whose key sets differ.
 */
export function createTranslator(messages: Messages): Translate {
  return (key, params) => {
    const text = messages[key];
    if (text === undefined) return key;
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
}

/**
 * A message that counts something: `<key>_one` when `count` is 1, else `<key>_other` (Chrome's
 * message format has no plural rules; English needs these two, Chinese the same text twice).
 * `{count}` is filled in with the other parameters.
 */
export function tCount(t: Translate, key: string, count: number, params: Params = {}): string {
  return t(`${key}_${count === 1 ? 'one' : 'other'}`, { count, ...params });
}

/**
 * The primitive fields of a table row (a rule, a help channel) as message parameters, so a message
 * such as `rule_hours` can say "{allowedUntil} to {allowedFrom}" straight from the rule's data.
 */
export function messageParams(row: object): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(row).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
}
