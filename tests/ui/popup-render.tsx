// Test helpers for UI components: the real locale text (merged the way the build merges it) and a
// render() that provides it, so tests read what users read.
import fs from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { Lang, Messages } from '../../src/platform/i18n';
import { I18nProvider, makeI18n, type I18n } from '../../src/ui/i18n';
import { ToastProvider } from '../../src/ui/toast';

const LOCALES = path.resolve('src/locales');

/** Every message of `lang`, from all fragments in src/locales/<lang>/. */
export function localeMessages(lang: Lang): Messages {
  const dir = path.join(LOCALES, lang);
  const entries = fs
    .readdirSync(dir)
    .flatMap((file) => Object.entries(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, { message: string }>));
  return Object.fromEntries(entries.map(([key, { message }]) => [key, message]));
}

export function i18nFor(lang: Lang): I18n {
  return makeI18n(lang, localeMessages(lang));
}

export function renderWithI18n(ui: ComponentChildren, lang: Lang = 'en') {
  return render(
    <I18nProvider value={i18nFor(lang)}>
      <ToastProvider>{ui}</ToastProvider>
    </I18nProvider>,
  );
}
