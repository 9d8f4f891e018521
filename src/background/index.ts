// Service worker entry: wiring only (see docs/architecture.md). Every listener is registered
// synchronously at the top level so the browser can wake this worker for it; nothing is kept in memory.
// Each event runs under one lock (lock.ts). An alarm is served from the derived record when it can
// be (alarm-wake.ts); everything else, and an alarm it cannot serve, runs on the full worker
// (full.ts, loaded only then) and ends with its reconcile: notifications, badge, alarms.
import { onAlarm } from '../platform/alarms';
import { listenForCommands, onRebuildRequested } from '../platform/messaging';
import { onNotificationButtonClicked, onNotificationClicked } from '../platform/notifications';
import { onInstalled, onStartup } from '../platform/runtime';
import { alarmWake } from './alarm-wake';
import { loadFull, type FullWorker } from './load-full';
import { serialize } from './lock';

const report = (what: string) => (e: unknown) => console.error(`DueGuard: ${what} failed`, e);

/**
 * Runs `job` (if any) on the full worker, then a full reconcile, under the lock. Listeners have no one
 * to answer: failures are logged. The promise goes back to the browser (which ignores it) and to tests
 * (which await it).
 */
function wake(what: string, job: (full: FullWorker) => Promise<unknown> = async () => undefined): Promise<void> {
  return serialize(async () => {
    const full = loadFull();
    await job(full);
    await full.reconcile(Date.now());
  }).catch(report(what));
}

listenForCommands((message) =>
  serialize(async () => {
    const full = loadFull();
    const { result, state } = await full.runCommand(message, Date.now());
    // The command's answer stands even if the reconcile after it fails. It starts from the state the
    // command left (nothing else writes storage), else from storage.
    await full.reconcile(Date.now(), state ?? undefined).catch(report('reconcile after a command'));
    return result;
  }),
);
onInstalled(() => wake('install'));
// The popup found the derived record unusable: the full wake's reconcile writes it again.
onRebuildRequested(() => wake('rebuild of the derived record'));
onStartup(() => wake('startup'));
onAlarm((name) =>
  serialize(async () => {
    // A derived record that cannot stand in, or a failure part way, leaves the wake to the full worker.
    const done = await alarmWake(Date.now()).catch((e: unknown) => (report(`alarm ${name} from the derived record`)(e), false));
    if (!done) await loadFull().reconcile(Date.now());
  }).catch(report(`alarm ${name}`)),
);
onNotificationClicked((id) => wake('notification click', (full) => full.openNotification(id, Date.now())));
onNotificationButtonClicked((id, index) => wake('notification button', (full) => full.pressNotificationButton(id, index, Date.now())));
