/**
 * Components kept out of a page's first script (esbuild splits each into its own chunk): loaded the
 * first time they render, or earlier through `preload`, and rendered at once every time after that.
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './locale';

export interface LazyComponent<P> extends FunctionComponent<P> {
  /** Starts loading now (say, once the page is idle) so the first render needs no wait. */
  preload(): Promise<void>;
}

/**
 * @param load imports the chunk and picks the component, e.g. `() => import('./quick-add').then((m) => m.QuickAdd)`
 * @example const QuickAdd = lazyComponent(() => import('./quick-add').then((m) => m.QuickAdd));
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Forget the failure so the next render tries again (a chunk can fail while the extension updates).
        loading = null;
        throw error;
      },
    ));

  function Lazy(props: P) {
    const t = useT();
    // Whether the first render had the component: the effect runs after paint, by when a preload may
    // have finished, and a placeholder already painted must still be replaced.
    const [shownLoaded, setLoaded] = useState(loaded !== null);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!shownLoaded)
        start().then(
          () => setLoaded(true),
          () => setFailed(true),
        );
    }, []);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    return failed ? (
      <p class="error-message" role="alert">
        {t('ui_part_load_failed')}
      </p>
    ) : (
      <div class="lazy-loading" aria-busy="true" />
    );
  }
  Lazy.preload = () => start().then(() => undefined);
  return Lazy;
}
