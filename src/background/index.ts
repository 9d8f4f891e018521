// Service worker entry: wiring only (see docs/architecture.md). Every listener is registered
// synchronously at the top level so the browser can wake this worker for it; nothing is kept in memory.
import { listenForCommands } from '../platform/messaging';
import { runCommand } from './commands';
import { serialize } from './lock';

listenForCommands((message) => serialize(() => runCommand(message, Date.now())));
