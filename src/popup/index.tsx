import '../ui/theme.css';
import '../ui/forms/forms.css';
import './popup.css';
import { render } from 'preact';
import { AppShell } from '../ui/app-shell';
import { readFocusKey } from '../ui/links';
import { connectStore } from '../ui/store';
import { useToday } from '../ui/today';
import { Popup } from './popup';
import { preloadMessages } from '../ui/locale';

preloadMessages('auto');
connectStore();
const focusKey = readFocusKey(location);

function PopupPage() {
  const today = useToday();
  return <AppShell render={(snapshot) => <Popup snapshot={snapshot} today={today} focusKey={focusKey} />} />;
}

render(<PopupPage />, document.getElementById('app')!);
