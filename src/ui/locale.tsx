/**
 * The pages' language: a context holding the chosen locale (src/text/locale.ts), its messages read
 * from the extension's own `_locales` (src/platform/i18n.ts) for the language picked in settings.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { langOf, loadMessages } from '../platform/i18n';
import { makeLocale, type Lang, type LanguageSetting, type Locale } from '../text/locale';
import type { Messages, Translate } from '../text/translate';

const LocaleContext = createContext<Locale | null>(null);

export function LocaleProvider({ value, children }: { value: Locale; children: ComponentChildren }) {
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('useLocale() needs a <LocaleProvider> above it');
  return locale;
}

/** The translate function of the current language: `t('ui_dismiss')`, `t('ui_relative_in', { duration })`. */
export function useT(): Translate {
  return useLocale().t;
}

const loading = new Map<Lang, Promise<Messages>>();
/** Messages already read, so a page that preloaded them renders its text in its first render with data. */
const ready = new Map<Lang, Locale>();

/**
 * Starts reading the messages of the language `setting` resolves to, before the page knows its
 * settings: for most users ('auto') the text is then ready when the stored state is.
 */
export function preloadMessages(setting: LanguageSetting): void {
  void messagesOf(langOf(setting)).catch(() => undefined);
}

/**
 * The locale `setting` resolves to, once its messages are read (the same read `useLoadedLocale`
 * shares): a page that draws before its store is loaded (the popup's first screen) waits for this.
 */
export function localeWhenLoaded(setting: LanguageSetting): Promise<Locale> {
  const lang = langOf(setting);
  return messagesOf(lang).then(() => ready.get(lang)!);
}

/**
 * The locale for the popup's first screen: with every message if they are read already, else with
 * only those the first screen draws with (a few kilobytes instead of all of them).
 */
export async function firstScreenLocale(setting: LanguageSetting): Promise<Locale> {
  const lang = langOf(setting);
  return ready.get(lang) ?? makeLocale(lang, await loadMessages(lang, 'first-screen'));
}

/** Each language's messages are read once per page; a failed read is retried next time. */
function messagesOf(lang: Lang): Promise<Messages> {
  let messages = loading.get(lang);
  if (!messages) {
    messages = loadMessages(lang).then(
      (read) => {
        ready.set(lang, makeLocale(lang, read));
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
export function useLoadedLocale(setting: LanguageSetting | null): Locale | null {
  const lang = setting === null ? null : langOf(setting);
  const [fallback, setFallback] = useState<Locale | null>(null);
  const [, loaded] = useState(0);
  const locale = lang === null ? null : (ready.get(lang) ?? (fallback?.lang === lang ? fallback : null));
  useEffect(() => {
    // Rendered without text: render again once it is read (it may already be, since the render).
    if (lang === null || locale) return;
    let current = true;
    messagesOf(lang).then(
      () => current && loaded((n) => n + 1),
      () => current && setFallback(makeLocale(lang, {})),
    );
    return () => {
      current = false;
    };
  }, [lang, locale]);
  useLayoutEffect(() => {
    if (locale) document.documentElement.lang = locale.tag;
  }, [locale]);
  return locale;
}
