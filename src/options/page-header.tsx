import type { ComponentChildren } from 'preact';

/**
 * A section's title (the page's h1, focusable so moving between sections can announce it), its
 * one-line purpose and its main actions.
 */
export function PageHeader({ title, lead, children }: { title: string; lead?: ComponentChildren; children?: ComponentChildren }) {
  return (
    <div class="page-header">
      <div class="page-header-row">
        <h1 tabIndex={-1}>{title}</h1>
        {children && <div class="page-header-actions no-print">{children}</div>}
      </div>
      {lead && <p class="lead muted">{lead}</p>}
    </div>
  );
}
