/**
 * The pages' language: a context holding the chosen language and its `t`, loaded from the
 * extension's own `_locales` (src/platform/i18n.ts) for the language picked in settings.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LOCALE_TAG, createTranslator, loadMessages, resolveLang, type Lang, type LanguageSetting, type Messages, type Translate } from '../platform/i18n';

export interface I18n {
  lang: Lang;
  /** BCP 47 tag for Intl (`zh-CN`, `en`). */
  tag: string;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function makeI18n(lang: Lang, messages: Messages): I18n {
  return { lang, tag: LOCALE_TAG[lang], t: createTranslator(messages) };
}

export function I18nProvider({ value, children }: { value: I18n; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}

/** The translate function of the current language: `t('ui_dismiss')`, `t('ui_relative_in', { duration })`. */
export function useT(): Translate {
  return useI18n().t;
}

const loaded = new Map<Lang, Promise<Messages>>();

/** Each language's messages are read once per page; a failed read is retried next time. */
function messagesOf(lang: Lang): Promise<Messages> {
  let messages = loaded.get(lang);
  if (!messages) {
    messages = loadMessages(lang).catch((error: unknown) => {
      loaded.delete(lang);
      throw error;
    });
    loaded.set(lang, messages);
  }
  return messages;
}

/**
 * Loads the language `setting` resolves to (nothing while it is null, i.e. not known yet), and marks `<html lang>` so screen readers pronounce
 * it right. Null until the messages have arrived. If they cannot be read (a broken package), the
 * keys themselves show, which is ugly but names what is missing.
 */
export function useLoadedI18n(setting: LanguageSetting | null): I18n | null {
  const lang = setting === null ? null : resolveLang(setting);
  const [i18n, setI18n] = useState<I18n | null>(null);
  useEffect(() => {
    if (lang === null) return;
    let current = true;
    messagesOf(lang)
      .catch(() => ({}))
      .then((messages) => {
        if (!current) return;
        document.documentElement.lang = LOCALE_TAG[lang];
        setI18n(makeI18n(lang, messages));
      });
    return () => {
      current = false;
    };
  }, [lang]);
  return i18n?.lang === lang ? i18n : null;
}
