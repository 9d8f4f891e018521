/**
 * Localized text. Messages live in `_locales/<lang>/messages.json` (built from src/locales), in
 * Chrome's format. `browser.i18n.getMessage` cannot switch language at run time, and users may pick
 * a language other than the browser's, so the chosen locale's file is read directly (an extension
 * resource, not a network request) and `{name}` placeholders are filled here.
 */
import { browser } from './browser';

export type Lang = 'zh_CN' | 'en';
export type LanguageSetting = 'auto' | Lang;
/** Key → message text, with `{name}` placeholders. */
export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

/** The BCP 47 tag for Intl and date-fns of each UI language. */
export const LOCALE_TAG: Record<Lang, string> = { zh_CN: 'zh-CN', en: 'en' };

/** Picks the UI language: the user's choice, else Chinese for a Chinese browser, else English. */
export function resolveLang(setting: LanguageSetting, uiLanguage: string = browser.i18n.getUILanguage()): Lang {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(uiLanguage) ? 'zh_CN' : 'en';
}

/** Reads the messages of `lang` from the extension's own `_locales`. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  const response = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
  const raw = (await response.json()) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(raw).map(([key, { message }]) => [key, message]));
}

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

/** A translator in the language `setting` picks, with the locale tag its numbers and dates use. */
export async function loadTranslator(setting: LanguageSetting): Promise<{ lang: Lang; localeTag: string; t: Translate }> {
  const lang = resolveLang(setting);
  return { lang, localeTag: LOCALE_TAG[lang], t: createTranslator(await loadMessages(lang)) };
}

/**
 * A message that counts something: `<key>_one` when `count` is 1, else `<key>_other` (Chrome's
 * message format has no plural rules; English needs these two, Chinese the same text twice).
 * `{count}` is filled in with the other parameters.
 */
export function tCount(t: Translate, key: string, count: number, params: Params = {}): string {
  return t(`${key}_${count === 1 ? 'one' : 'other'}`, { count, ...params });
}

/** "1 day" / "5 days" / "5 天", to put inside other messages. */
export function formatDays(t: Translate, count: number): string {
  return tCount(t, 'common_days', count);
}
