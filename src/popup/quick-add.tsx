/**
 * Quick add from the popup: a debt, or a plan (optionally for an overdue debt, pre-filled with its
 * numbers). Full management lives on the options page.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Day, DebtKind, Minor, Settings } from '../domain/model';
import { Button } from '../ui/button';
import { useT } from '../ui/i18n';
import { optionsHref } from '../ui/links';

/** The numbers of a debt a new plan settles. */
export interface PlanSeed {
  debtId: string;
  name: string;
  kind: DebtKind;
  currency: string;
  total: Minor;
}

export type QuickAddRequest = { kind: 'debt' } | { kind: 'plan'; fromDebt?: PlanSeed };

export interface QuickAddProps {
  request: QuickAddRequest;
  today: Day;
  settings: Settings;
  onClose: () => void;
}

export function QuickAdd({ request, onClose }: QuickAddProps) {
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.querySelector<HTMLElement>('a, button, input')?.focus(), [request]);
  const title = t(request.kind === 'debt' ? 'popup_add_debt' : 'popup_add_plan');
  return (
    <section ref={panel} class="quick-add" aria-label={title} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="quick-add-head">
        <h2>{title}</h2>
        <Button variant="link" onClick={onClose}>
          {t('popup_close')}
        </Button>
      </div>
      <a class="btn btn-primary" href={optionsHref(request.kind === 'debt' ? 'debts' : 'plans')} target="_blank" rel="noopener">
        {t('popup_open_options')}
      </a>
    </section>
  );
}
