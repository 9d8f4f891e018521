/**
 * Reading the messages. They live in `_locales/<lang>/messages.json` (built from src/locales), in
 * Chrome's format. `browser.i18n.getMessage` cannot switch language at run time, and users may pick
 * a language other than the browser's, so the chosen locale's file is read directly (an extension
 * resource, not a network request); filling them in is src/text's job.
 */
import { makeLocale, resolveLang, type Lang, type LanguageSetting, type Locale } from '../text/locale';
import type { Messages } from '../text/translate';
import { browser } from './browser';

/** The browser's UI language (`zh-CN`, `en-US`), which 'auto' follows. */
export function browserLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The language `setting` picks in this browser. */
export function langOf(setting: LanguageSetting): Lang {
  return resolveLang(setting, browserLanguage());
}

/**
 * Reads the messages of `lang` from the extension's own `_locales`, or with `part` 'first-screen' only
 * those the popup's first screen draws with (src/popup/first-screen-messages.json).
 */
export async function loadMessages(lang: Lang, part: 'all' | 'first-screen' = 'all'): Promise<Messages> {
  const file = part === 'all' ? `_locales/${lang}/messages.json` : `first-screen/${lang}.json`;
  const response = await fetch(browser.runtime.getURL(file));
  const raw = (await response.json()) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(raw).map(([key, { message }]) => [key, message]));
}

/** The locale `setting` picks, its messages read. */
export async function loadLocale(setting: LanguageSetting): Promise<Locale> {
  const lang = langOf(setting);
  return makeLocale(lang, await loadMessages(lang));
}
