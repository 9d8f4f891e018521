/**
 * The UI languages and the one locale type every page and the worker word their text with: the
 * language, its BCP 47 tag for Intl, and its translator.
 */
import { createTranslator, type Messages, type Translate } from './translate';

export type Lang = 'zh_CN' | 'en';
export type LanguageSetting = 'auto' | Lang;

export interface Locale {
  lang: Lang;
  /** BCP 47 tag for Intl and date-fns (`zh-CN`, `en`). */
  tag: string;
  t: Translate;
}

/** The BCP 47 tag of each UI language. */
export const LOCALE_TAG: Record<Lang, string> = { zh_CN: 'zh-CN', en: 'en' };

/** Picks the UI language: the user's choice, else Chinese for a Chinese browser (`uiLanguage`), else English. */
export function resolveLang(setting: LanguageSetting, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(uiLanguage) ? 'zh_CN' : 'en';
}

/** The locale of `lang` whose text comes from `messages`. */
export function makeLocale(lang: Lang, messages: Messages): Locale {
  return { lang, tag: LOCALE_TAG[lang], t: createTranslator(messages) };
}
