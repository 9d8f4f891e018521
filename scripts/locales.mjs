// Merges the message fragments in src/locales/<locale>/*.json into one messages.json per locale.
// Fragments keep each part of the app (popup, options, background, domain) in its own file;
// the merge refuses duplicate keys and locales whose key sets differ, so no string is missing in one language.
import fs from 'node:fs';
import path from 'node:path';

export function buildLocales(root) {
  const locales = {};
  for (const locale of fs.readdirSync(root).sort()) {
    const merged = {};
    for (const file of fs
      .readdirSync(path.join(root, locale))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const fragment = JSON.parse(fs.readFileSync(path.join(root, locale, file), 'utf8'));
      for (const [key, value] of Object.entries(fragment)) {
        if (key in merged) throw new Error(`locale ${locale}: key "${key}" is defined twice (${file})`);
        if (typeof value?.message !== 'string') throw new Error(`locale ${locale}: key "${key}" in ${file} has no message`);
        merged[key] = value;
      }
    }
    locales[locale] = merged;
  }
  const [first, ...rest] = Object.keys(locales);
  for (const other of rest) {
    const a = Object.keys(locales[first]);
    const b = new Set(Object.keys(locales[other]));
    const missing = a.filter((k) => !b.has(k));
    const extra = [...b].filter((k) => !(k in locales[first]));
    if (missing.length || extra.length)
      throw new Error(
        `locales ${first} and ${other} differ: missing in ${other}: ${missing.join(', ') || '-'}; only in ${other}: ${extra.join(', ') || '-'}`,
      );
  }
  return locales;
}
