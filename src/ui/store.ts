/**
 * The pages' read model: a zustand vanilla store that mirrors what the background stored. Pages
 * never write it from user actions (no optimistic copies that can drift): they send commands, the
 * background writes storage, and the change comes back here through the state source.
 */
import { useEffect, useReducer } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Data, QuarantineEntry, ReminderState, Settings } from '../domain/model';

/** Everything the pages read from storage, already validated and migrated by src/platform. */
export interface Snapshot {
  data: Data;
  settings: Settings;
  reminders: ReminderState;
  quarantine: QuarantineEntry[];
}

/** Loading, then either the stored state or why it could not be read. */
export type StoreState = { status: 'loading' } | ({ status: 'ready' } & Snapshot) | { status: 'error'; reason: string };

export type AppStore = StoreApi<StoreState>;

/** Where the store's state comes from: reading storage and hearing that it changed. */
export interface StateSource {
  load(): Promise<Snapshot>;
  /** Calls `listener` after any stored key the pages read has changed; returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
}

export function createAppStore(): AppStore {
  return createStore<StoreState>()(() => ({ status: 'loading' }));
}

/** The store of this page. */
export const appStore: AppStore = createAppStore();

/**
 * Fills `store` from `source` and re-reads on every change; returns a function that stops listening.
 * It subscribes before the first read so no change is missed, and drops a read that a newer one overtook.
 */
export function connectStore(source: StateSource, store: AppStore = appStore): () => void {
  let latest = 0;
  const refresh = async () => {
    const read = ++latest;
    try {
      const snapshot = await source.load();
      if (read === latest) store.setState({ status: 'ready', ...snapshot }, true);
    } catch (error) {
      if (read === latest) store.setState({ status: 'error', reason: error instanceof Error ? error.message : String(error) }, true);
    }
  };
  const stop = source.onChanged(() => void refresh());
  void refresh();
  return stop;
}

/**
 * Subscribes a component to the store and returns `selector` of the current state. Preact's own
 * hooks instead of zustand's React binding keep preact/compat out of the popup bundle.
 */
export function useStore<T>(selector: (state: StoreState) => T, store: AppStore = appStore): T {
  const [, rerender] = useReducer((n: number, _: void) => n + 1, 0);
  const rendered = store.getState();
  useEffect(() => {
    const stop = store.subscribe(() => rerender());
    // A change between this render and the subscription would otherwise go unseen.
    if (store.getState() !== rendered) rerender();
    return stop;
    // Subscribing once per store is the point: `rendered` only matters on the first run.
  }, [store]);
  return selector(rendered);
}
