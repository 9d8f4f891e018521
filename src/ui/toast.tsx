/**
 * Short-lived messages ("Marked as paid", "Snoozed until tomorrow", an error) shown at the bottom of
 * the page and read out by screen readers through live regions that exist before any message does.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './locale';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error';
  /** One follow-up, e.g. Undo. */
  action?: { label: string; run: () => void };
}

interface Toast extends ToastInput {
  id: number;
}

/** How long a toast stays: long enough to read and reach its action by keyboard. */
const TOAST_MS = 6000;
const TOAST_WITH_ACTION_MS = 10000;

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

/** Shows a toast: `const toast = useToast(); toast({ message })`. */
export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((all) => all.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback(
    (input: ToastInput) => {
      const id = ++nextId.current;
      setToasts((all) => [...all, { ...input, id }]);
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), input.action ? TOAST_WITH_ACTION_MS : TOAST_MS),
      );
    },
    [dismiss],
  );
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div class="toasts">
        <div role="status" aria-live="polite">
          {toasts
            .filter((toast) => toast.tone !== 'error')
            .map((toast) => (
              <ToastView key={toast.id} toast={toast} dismiss={dismiss} />
            ))}
        </div>
        <div role="alert">
          {toasts
            .filter((toast) => toast.tone === 'error')
            .map((toast) => (
              <ToastView key={toast.id} toast={toast} dismiss={dismiss} />
            ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, dismiss }: { toast: Toast; dismiss: (id: number) => void }) {
  const t = useT();
  return (
    <div class={`toast${toast.tone === 'error' ? ' toast-error' : ''}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          class="btn btn-link"
          onClick={() => {
            toast.action!.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" class="btn btn-link" aria-label={t('ui_dismiss')} title={t('ui_dismiss')} onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
