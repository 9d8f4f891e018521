import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { AppShell } from '../ui/app-shell';
import { readFocusKey } from '../ui/links';
import { connectStore } from '../ui/store';
import { useToday } from '../ui/today';
import { Popup } from './popup';

connectStore();
const focusKey = readFocusKey(location);

function PopupPage() {
  const today = useToday();
  return <AppShell render={(snapshot) => <Popup snapshot={snapshot} today={today} focusKey={focusKey} />} />;
}

render(<PopupPage />, document.getElementById('app')!);
