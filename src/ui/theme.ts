import type { Settings } from '../domain/model';

/** Pins light or dark on `<html data-theme>`; "auto" leaves it to prefers-color-scheme. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
