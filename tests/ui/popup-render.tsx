// Test helper for UI components: a render() that provides the real locale text, so tests read what users read.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { ToastProvider } from '../../src/ui/toast';
import type { Lang } from '../../src/text/locale';
import { localeFor } from '../fixtures/locale';
import { LocaleProvider } from '../../src/ui/locale';

export function renderWithLocale(ui: ComponentChildren, lang: Lang = 'en') {
  return render(
    <LocaleProvider value={localeFor(lang)}>
      <ToastProvider>{ui}</ToastProvider>
    </LocaleProvider>,
  );
}
