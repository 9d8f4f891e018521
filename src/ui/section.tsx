import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SectionProps {
  title: string;
  /** Shown beside the title, e.g. the number of rows or a total. */
  aside?: ComponentChildren;
  tone?: 'danger' | 'warning';
  children: ComponentChildren;
}

/** A titled region: screen readers list it as a landmark named by its heading. */
export function Section({ title, aside, tone, children }: SectionProps) {
  const headingId = useId();
  return (
    <section class={`section${tone ? ` section-tone-${tone}` : ''}`} aria-labelledby={headingId}>
      <div class="section-head">
        <h2 id={headingId}>{title}</h2>
        {aside !== undefined && <span class="muted">{aside}</span>}
      </div>
      {children}
    </section>
  );
}
