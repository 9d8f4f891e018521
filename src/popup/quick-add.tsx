/**
 * Quick add from the popup: a debt, or a negotiated plan (for an overdue debt, pre-filled with its
 * name, kind and what is left to pay). The forms are the options page's own (src/ui/forms), so the
 * checks and messages are the same; full management lives there.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { DebtKind, Minor, Plan } from '../domain/model';
import { useCommand } from '../ui/command';
import { DebtForm } from '../ui/forms/debt-form';
import { PlanBuilder } from '../ui/forms/plan-builder';
import { Button } from '../ui/button';
import { optionsHref } from '../ui/links';
import { useT } from '../ui/locale';

/** The numbers of a debt a new plan settles. */
export interface PlanSeed {
  debtId: string;
  name: string;
  kind: DebtKind;
  currency: string;
  /** What is left to pay on the debt. */
  total: Minor;
}

export type QuickAddRequest = { kind: 'debt' } | { kind: 'plan'; fromDebt?: PlanSeed };

export interface QuickAddProps {
  request: QuickAddRequest;
  onClose: () => void;
}

export function QuickAdd({ request, onClose }: QuickAddProps) {
  const t = useT();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView?.({ block: 'nearest' });
    panel.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [request]);

  const { save } = useCommand();

  const isDebt = request.kind === 'debt';
  const seed: Partial<Plan> | undefined = request.kind === 'plan' && request.fromDebt ? { ...request.fromDebt } : undefined;
  return (
    <section
      ref={panel}
      class="quick-add"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <div class="quick-add-head">
        <h2 id={headingId}>{t(isDebt ? 'popup_add_debt' : 'popup_add_plan')}</h2>
        <Button variant="link" onClick={onClose}>
          {t('popup_close')}
        </Button>
      </div>
      {isDebt ? (
        <DebtForm
          onSubmit={(input) => save('addDebt', input, t('popup_debt_added', { name: input.name }), onClose)}
          onCancel={onClose}
          submitLabel={t('popup_add_debt')}
          short
        />
      ) : (
        <PlanBuilder
          initial={seed}
          onSubmit={(input) => save('addPlan', input, t('popup_plan_added', { name: input.name }), onClose)}
          onCancel={onClose}
          submitLabel={t('popup_add_plan')}
        />
      )}
      <p class="muted">
        <a href={optionsHref(isDebt ? 'debts' : 'plans')} target="_blank" rel="noopener">
          {t('popup_more_on_options')}
        </a>
      </p>
    </section>
  );
}
