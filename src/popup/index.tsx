/**
 * The popup's entry: the first screen from the derived record, with little code (first-screen.tsx),
 * and the full popup loaded alongside (full-popup.tsx), which takes over once it has the data. A
 * record that cannot stand in for today's data (missing, from another day, damaged) is never drawn:
 * the full popup alone draws, and the background is asked to rebuild the record for the next time.
 */
import '../ui/theme.css';
import '../ui/forms/forms.css';
import './popup.css';
import { render } from 'preact';
import { openDerived, type FirstScreenRecord } from '../domain/derived-record';
import { readFirstScreen } from '../platform/derived-store';
import { requestRebuild } from '../platform/messaging';
import { readFocusKey } from '../ui/links';
import { LocaleProvider, firstScreenLocale, preloadMessages } from '../ui/locale';
import { applyTheme } from '../ui/theme';
import { FirstScreen, nothingCarried } from './first-screen';

const root = document.getElementById('app')!;
const focusKey = readFocusKey(location);
const carried = nothingCarried();
let fullDrawn = false;

async function drawFirstScreen(): Promise<void> {
  const { firstScreen, stamp } = await readFirstScreen();
  const now = Date.now();
  const record = openDerived<FirstScreenRecord>(firstScreen, now, stamp);
  if (!record) {
    preloadMessages('auto');
    return requestRebuild();
  }
  applyTheme(record.theme);
  const locale = await firstScreenLocale(record.language);
  if (fullDrawn) return;
  document.documentElement.lang = locale.tag;
  render(
    <LocaleProvider value={locale}>
      <FirstScreen record={record} now={now} carried={carried} />
    </LocaleProvider>,
    root,
  );
}

// The full popup is loaded once the first screen is drawn (or cannot be), so that reading and
// evaluating its code does not hold up the first screen on the same thread.
void drawFirstScreen()
  .catch(() => undefined)
  .then(() => import('./full-popup'))
  .then(({ mountPopup }) => mountPopup(root, focusKey, carried, () => (fullDrawn = true)));
