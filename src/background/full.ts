/**
 * The full worker: commands, the full wake and the notification clicks, with the schemas, the storage
 * table and the domain planner they need. The worker's entry (index.ts) reaches it only through
 * `loadFull` (load-full.ts), so an alarm wake that the derived record serves never loads it.
 */
export { runCommand } from './commands';
export { openNotification, pressNotificationButton } from './notification-actions';
export { reconcile } from './reconcile';
