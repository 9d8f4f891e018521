/**
 * The full popup: the store over the stored data, read, validated and planned here, with every part a
 * click opens. Loaded alongside the first screen (index.tsx) and drawn over it once its data and text
 * are ready, so the list never blanks in between.
 */
import { render } from 'preact';
import { AppShell } from '../ui/app-shell';
import { localeWhenLoaded } from '../ui/locale';
import { connectStore, whenLoaded } from '../ui/store';
import { useToday } from '../ui/today';
import type { Carried } from './first-screen';
import { Popup } from './popup';

function PopupPage({ focusKey, carried }: { focusKey: string | null; carried: Carried }) {
  const today = useToday();
  return <AppShell render={(snapshot) => <Popup snapshot={snapshot} today={today} focusKey={focusKey} carried={carried} />} />;
}

/**
 * Draws the full popup into `root` once the store has loaded and its language's text is read;
 * `beforeRender` runs just before (the first screen stops drawing from then on).
 */
export async function mountPopup(root: HTMLElement, focusKey: string | null, carried: Carried, beforeRender: () => void): Promise<void> {
  connectStore();
  const state = await whenLoaded();
  // Text that cannot be read shows as keys (AppShell), which names what is missing.
  await localeWhenLoaded(state.status === 'ready' ? state.settings.language : 'auto').catch(() => undefined);
  beforeRender();
  carried.focusKey = document.activeElement?.closest<HTMLElement>('li.row')?.dataset.row ?? null;
  render(<PopupPage focusKey={focusKey} carried={carried} />, root);
}
