/**
 * The pages' read model: a zustand vanilla store that mirrors what the background stored. Pages
 * never write it from user actions (no optimistic copies that can drift): they send commands, the
 * background writes storage, and the change comes back here through the state source.
 */
import { useEffect, useReducer } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { State } from '../domain/state';
import { loadState, onStateChanged } from '../platform/storage';

/** Everything the pages read from storage, validated and migrated by src/platform. */
export type Snapshot = State;

/** Loading, then either the stored state or why it could not be read. */
export type StoreState = { status: 'loading' } | ({ status: 'ready' } & Snapshot) | { status: 'error'; reason: string };

export type AppStore = StoreApi<StoreState>;

/** Where the store's state comes from (src/platform/storage.ts; tests pass their own). */
export interface StateSource {
  loadState(): Promise<Snapshot>;
  /** Calls `listener` with the fresh state after each change; returns the unsubscribe. */
  onStateChanged(listener: (state: Snapshot) => void): () => void;
}

const PLATFORM_SOURCE: StateSource = { loadState: () => loadState(), onStateChanged };

export function createAppStore(): AppStore {
  return createStore<StoreState>()(() => ({ status: 'loading' }));
}

/** The store of this page. */
export const appStore: AppStore = createAppStore();

/**
 * Fills `store` from `source` and keeps it fresh; returns a function that stops listening. It
 * subscribes before the first read so no change is missed, and a first read that answers after a
 * change was delivered is dropped (it is older).
 */
export function connectStore(source: StateSource = PLATFORM_SOURCE, store: AppStore = appStore): () => void {
  let changed = false;
  const stop = source.onStateChanged((state) => {
    changed = true;
    store.setState({ status: 'ready', ...state }, true);
  });
  source.loadState().then(
    (state) => changed || store.setState({ status: 'ready', ...state }, true),
    (error: unknown) =>
      changed || store.setState({ status: 'error', reason: error instanceof Error ? error.message : String(error) }, true),
  );
  return stop;
}

/** The store's state once it has left 'loading' (the stored state, or why it could not be read). */
export function whenLoaded(store: AppStore = appStore): Promise<Exclude<StoreState, { status: 'loading' }>> {
  return new Promise((resolve) => {
    const settle = () => {
      const state = store.getState();
      if (state.status === 'loading') return false;
      resolve(state);
      return true;
    };
    if (settle()) return;
    const stop = store.subscribe(() => settle() && stop());
  });
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
