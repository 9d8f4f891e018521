// Service worker entry: wiring only (see docs/architecture.md). Every listener is registered
// synchronously at the top level so the browser can wake this worker for it; nothing is kept in memory.
// Each event runs under one lock (lock.ts) and ends with a reconcile: notifications, badge, alarms.
import { onAlarm } from '../platform/alarms';
import { listenForCommands } from '../platform/messaging';
import { onNotificationButtonClicked, onNotificationClicked } from '../platform/notifications';
import { onInstalled, onStartup } from '../platform/runtime';
import { runCommand } from './commands';
import { serialize } from './lock';
import { openNotification, pressNotificationButton } from './notification-actions';
import { reconcile } from './reconcile';

const report = (what: string) => (e: unknown) => console.error(`DueGuard: ${what} failed`, e);

/**
 * Runs `job` (if any) then a reconcile, under the lock. Listeners have no one to answer: failures are
 * logged. The promise goes back to the browser (which ignores it) and to tests (which await it).
 */
function wake(what: string, job: () => Promise<unknown> = async () => undefined): Promise<void> {
  return serialize(async () => {
    await job();
    await reconcile(Date.now());
  }).catch(report(what));
}

listenForCommands((message) =>
  serialize(async () => {
    const { result, state } = await runCommand(message, Date.now());
    // The command's answer stands even if the reconcile after it fails. It starts from the state the
    // command left (nothing else writes storage), else from storage.
    await reconcile(Date.now(), state ?? undefined).catch(report('reconcile after a command'));
    return result;
  }),
);
onInstalled(() => wake('install'));
onStartup(() => wake('startup'));
onAlarm((name) => wake(`alarm ${name}`));
onNotificationClicked((id) => wake('notification click', () => openNotification(id, Date.now())));
onNotificationButtonClicked((id, index) => wake('notification button', () => pressNotificationButton(id, index, Date.now())));
