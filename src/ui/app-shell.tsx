/**
 * What every page wraps itself in: waits for the stored state, loads the language settings ask for,
 * applies the theme, and provides text and toasts to everything inside.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Settings } from '../domain/model';
import { I18nProvider, useLoadedI18n } from './i18n';
import { useStore, type Snapshot } from './store';
import { ToastProvider } from './toast';

/** Pins light or dark on `<html data-theme>`; "auto" leaves it to prefers-color-scheme. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function AppShell({ render }: { render: (snapshot: Snapshot) => ComponentChildren }) {
  const state = useStore((s) => s);
  const ready = state.status === 'ready' ? state : null;
  const i18n = useLoadedI18n(state.status === 'loading' ? null : (ready?.settings.language ?? 'auto'));
  const theme = ready?.settings.theme ?? 'auto';
  useEffect(() => applyTheme(theme), [theme]);

  if (!i18n) return <div class="app-loading" aria-busy="true" />;
  return (
    <I18nProvider value={i18n}>
      <ToastProvider>
        {ready ? (
          render(ready)
        ) : (
          <div class="error-message" role="alert">
            {i18n.t('ui_load_failed', { reason: state.status === 'error' ? state.reason : '' })}
          </div>
        )}
      </ToastProvider>
    </I18nProvider>
  );
}
