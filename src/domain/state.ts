/**
 * The stored state as one value: what the pages read and what a command is applied to. Storage
 * (platform/storage.ts) reads and writes it; the domain only works on it.
 */
import type { Data, QuarantineEntry, ReminderState, Settings } from './model';

/** Everything the pages show, as read (and validated) from storage. */
export interface State {
  data: Data;
  settings: Settings;
  reminders: ReminderState;
  /** Records kept aside after failing validation, oldest first (including any this read just found). */
  quarantine: QuarantineEntry[];
  /** Whether what the last restore replaced is kept, so `undoRestore` can bring it back. */
  canUndoRestore: boolean;
}

/**
 * What the last restore replaced, kept under UNDO_KEY: the data and the settings. `settings` is null
 * for a copy kept by DueGuard 0.1.0, which kept the data alone: undoing it leaves the settings as they are.
 */
export interface RestoreUndo {
  data: Data;
  settings: Settings | null;
}

/** The state as the background (the one writer) sees it: also what the last restore replaced. */
export interface WritableState extends State {
  undo: RestoreUndo | null;
  /** Ids of the last commands applied (APPLIED_KEY), so a retried one is answered, not applied again. */
  appliedCommands: string[];
}
