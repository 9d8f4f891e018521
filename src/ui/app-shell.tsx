/**
 * What every page wraps itself in: waits for the stored state, loads the language settings ask for,
 * applies the theme, and provides text and toasts to everything inside.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useStore, type Snapshot } from './store';
import { ToastProvider } from './toast';
import { LocaleProvider, useLoadedLocale } from './locale';
import { applyTheme } from './theme';

export function AppShell({ render }: { render: (snapshot: Snapshot) => ComponentChildren }) {
  const state = useStore((s) => s);
  const ready = state.status === 'ready' ? state : null;
  const locale = useLoadedLocale(state.status === 'loading' ? null : (ready?.settings.language ?? 'auto'));
  const theme = ready?.settings.theme ?? 'auto';
  useEffect(() => applyTheme(theme), [theme]);

  if (!locale) return <div class="app-loading" aria-busy="true" />;
  return (
    <LocaleProvider value={locale}>
      <ToastProvider>
        {ready ? (
          render(ready)
        ) : (
          <div class="error-message" role="alert">
            {locale.t('ui_load_failed', { reason: state.status === 'error' ? state.reason : '' })}
          </div>
        )}
      </ToastProvider>
    </LocaleProvider>
  );
}
