import { DEFAULT_SETTINGS, type Settings } from '../../domain/model';
import { useStore } from '../store';

/**
 * The settings the forms take their defaults from (currency, per-kind grace and rate): the stored
 * ones, or the built-in defaults while the store is not ready, so a form never waits to render.
 */
export function useFormSettings(): Settings {
  return useStore((state) => (state.status === 'ready' ? state.settings : DEFAULT_SETTINGS));
}
