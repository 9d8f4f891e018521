/**
 * The pages' language: a context holding the chosen language and its `t`, loaded from the
 * extension's own `_locales` (src/platform/i18n.ts) for the language picked in settings.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import {
  LOCALE_TAG,
  createTranslator,
  loadMessages,
  resolveLang,
  type Lang,
  type LanguageSetting,
  type Messages,
  type Translate,
} from '../platform/i18n';

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

const loading = new Map<Lang, Promise<Messages>>();
/** Messages already read, so a page that preloaded them renders its text in its first render with data. */
const ready = new Map<Lang, I18n>();

/**
 * Starts reading the messages of the language `setting` resolves to, before the page knows its
 * settings: for most users ('auto') the text is then ready when the stored state is.
 */
export function preloadMessages(setting: LanguageSetting): void {
  void messagesOf(resolveLang(setting)).catch(() => undefined);
}

/** Each language's messages are read once per page; a failed read is retried next time. */
function messagesOf(lang: Lang): Promise<Messages> {
  let messages = loading.get(lang);
  if (!messages) {
    messages = loadMessages(lang).then(
      (read) => {
        ready.set(lang, makeI18n(lang, read));
        return read;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, messages);
  }
  return messages;
}

/**
 * Loads the language `setting` resolves to (nothing while it is null, i.e. not known yet) and marks
 * `<html lang>` so screen readers pronounce it right. Null until the messages have arrived. If they
 * cannot be read (a broken package), the keys themselves show, which is ugly but names what is missing.
 */
export function useLoadedI18n(setting: LanguageSetting | null): I18n | null {
  const lang = setting === null ? null : resolveLang(setting);
  const [fallback, setFallback] = useState<I18n | null>(null);
  const [, loaded] = useState(0);
  const i18n = lang === null ? null : (ready.get(lang) ?? (fallback?.lang === lang ? fallback : null));
  useEffect(() => {
    // Rendered without text: render again once it is read (it may already be, since the render).
    if (lang === null || i18n) return;
    let current = true;
    messagesOf(lang).then(
      () => current && loaded((n) => n + 1),
      () => current && setFallback(makeI18n(lang, {})),
    );
    return () => {
      current = false;
    };
  }, [lang, i18n]);
  useLayoutEffect(() => {
    if (i18n) document.documentElement.lang = i18n.tag;
  }, [i18n]);
  return i18n;
}
