import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';

export interface DisclosureProps {
  summary: ComponentChildren;
  children: ComponentChildren;
  /** Controlled open state; omit to let the disclosure keep its own. */
  open?: boolean;
  defaultOpen?: boolean;
  onToggle?: (open: boolean) => void;
  class?: string;
}

/**
 * A button that shows and hides a panel (WAI-ARIA disclosure). Escape inside the panel closes it
 * and puts focus back on the button, so keyboard users never lose their place.
 */
export function Disclosure({ summary, children, open, defaultOpen = false, onToggle, class: extra }: DisclosureProps) {
  const [ownOpen, setOwnOpen] = useState(defaultOpen);
  const isOpen = open ?? ownOpen;
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const setOpen = (next: boolean) => {
    setOwnOpen(next);
    onToggle?.(next);
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !isOpen) return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div class={`disclosure${extra ? ` ${extra}` : ''}`} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        class="disclosure-toggle"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen(!isOpen)}
      >
        {summary}
      </button>
      <div id={panelId} class="disclosure-body" hidden={!isOpen}>
        {isOpen && children}
      </div>
    </div>
  );
}
