/**
 * #plans: negotiated repayment plans with their progress and state, the plan builder for a new one
 * (`#plans/new/<debtId>` starts it from a debt), edit (payments kept), delete with undo, and each
 * plan's installments and payments (`#plans/<planId>` opens them).
 */
import { useState } from 'preact/hooks';
import type { Plan } from '../../domain/model';
import { getPlanStatus, type PlanState, type PlanStatus } from '../../domain/plan-status';
import { Button } from '../../ui/button';
import { formatDay } from '../../ui/format';
import { PlanBuilder } from '../../ui/forms/plan-builder';
import { planFromDebt } from '../../ui/forms/plan-form-model';
import { useI18n } from '../../ui/i18n';
import { KindIcon } from '../../ui/kind-icon';
import { Money } from '../../ui/money';
import { RelativeDay } from '../../ui/relative-day';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useSend, useSubmit } from '../commands';
import { ConfirmDialog } from '../confirm-dialog';
import { PageHeader } from '../page-header';
import { navigate, routeHash, type Route } from '../route';
import { PaymentHistory } from './payments';

type Open = { type: 'add'; debtId?: string } | { type: 'edit'; id: string } | { type: 'payments'; id: string } | null;

function openFromRoute(route: Route): Open {
  const [first, second] = route.args;
  if (first === 'new') return second ? { type: 'add', debtId: second } : { type: 'add' };
  return first ? { type: 'payments', id: first } : null;
}

const STATE_BADGE: Record<PlanState, string> = { 'on-track': 'badge-ok', 'at-risk': 'badge-warning', broken: 'badge-danger', completed: 'badge-muted' };

export function PlansSection({ snapshot, route }: { snapshot: Snapshot; route: Route }) {
  const { t } = useI18n();
  const today = useToday();
  const send = useSend();
  const submit = useSubmit();
  const [open, setOpen] = useState<Open>(() => openFromRoute(route));
  const [deleting, setDeleting] = useState<Plan | null>(null);
  const { plans, debts, payments } = snapshot.data;
  const fromDebt = open?.type === 'add' && open.debtId ? debts.find((d) => d.id === open.debtId) : undefined;

  const confirmDelete = async (plan: Plan) => {
    setDeleting(null);
    setOpen(null);
    await send('deletePlan', { id: plan.id }, (removed) => ({
      message: t('options_plan_deleted', { name: plan.name }),
      action: { label: t('options_undo'), run: () => void send('restoreItems', removed, () => ({ message: t('options_restored_item', { name: plan.name }) })) },
    }));
  };
  const closeAdd = () => {
    setOpen(null);
    if (route.args.length) navigate('plans');
  };

  return (
    <>
      <PageHeader title={t('options_nav_plans')} lead={t('options_plans_lead')}>
        <Button variant="primary" onClick={() => setOpen({ type: 'add' })} aria-expanded={open?.type === 'add'}>
          {t('options_plan_add')}
        </Button>
      </PageHeader>

      {open?.type === 'add' && (
        <div class="panel">
          <h2>{fromDebt ? t('options_plan_add_for', { name: fromDebt.name }) : t('options_plan_add')}</h2>
          <PlanBuilder
            key={fromDebt?.id ?? 'new'}
            initial={fromDebt ? planFromDebt(fromDebt) : undefined}
            onCancel={closeAdd}
            onSubmit={async (input) => {
              const error = await submit('addPlan', input, () => ({ message: t('options_plan_added', { name: input.name }) }));
              if (!error) closeAdd();
              return error;
            }}
          />
        </div>
      )}

      {plans.length === 0 ? (
        <div class="empty-state">
          <p>{t('options_plans_empty')}</p>
        </div>
      ) : (
        <div class="table-scroll">
          <table class="table items-table">
            <caption class="sr-only">{t('options_nav_plans')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_col_name')}</th>
                <th scope="col">{t('options_col_progress')}</th>
                <th scope="col">{t('options_col_next')}</th>
                <th scope="col">{t('options_col_state')}</th>
                <th scope="col">
                  <span class="sr-only">{t('options_col_actions')}</span>
                </th>
              </tr>
            </thead>
            {plans.map((plan) => {
              const status = getPlanStatus(plan, payments, today);
              const isOpen = (type: 'edit' | 'payments') => open?.type === type && open.id === plan.id;
              const toggle = (type: 'edit' | 'payments') => setOpen(isOpen(type) ? null : { type, id: plan.id });
              const settles = plan.debtId ? debts.find((d) => d.id === plan.debtId) : undefined;
              return (
                <tbody key={plan.id} class="item-group">
                  <tr>
                    <th scope="row">
                      <span class="item-name">
                        <KindIcon kind={plan.kind} />
                        <span>
                          {plan.name}
                          {settles && <span class="muted item-sub">{t('options_plan_settles_named', { name: settles.name })}</span>}
                        </span>
                      </span>
                      <span class="item-links">
                        <a href={routeHash('contacts', `plan:${plan.id}`)}>{t('options_debt_contacts')}</a>
                      </span>
                    </th>
                    <td>
                      <Progress status={status} currency={plan.currency} />
                    </td>
                    <td>
                      <NextInstallment status={status} currency={plan.currency} />
                    </td>
                    <td>
                      <span class={`badge ${STATE_BADGE[status.state]}`}>{t(`options_plan_state_${status.state.replace('-', '_')}`)}</span>
                    </td>
                    <td>
                      <div class="row-actions">
                      <Button small onClick={() => toggle('payments')} aria-expanded={isOpen('payments')}>
                        {t('options_payments')}
                      </Button>
                      <Button small onClick={() => toggle('edit')} aria-expanded={isOpen('edit')}>
                        {t('options_edit')}
                      </Button>
                      <Button small variant="danger" onClick={() => setDeleting(plan)}>
                        {t('options_delete')}
                      </Button>
                    </div>
                    </td>
                  </tr>
                  {(status.state === 'broken' || status.state === 'at-risk') && (
                    <tr class="item-note">
                      <td colSpan={5}>
                        <p class={status.state === 'broken' ? 'notice notice-danger' : 'notice notice-warning'}>{t(`options_plan_state_${status.state.replace('-', '_')}_explain`)}</p>
                      </td>
                    </tr>
                  )}
                  {isOpen('edit') && (
                    <tr class="item-detail">
                      <td colSpan={5}>
                        <h2 class="sr-only">{t('options_plan_edit_named', { name: plan.name })}</h2>
                        <PlanBuilder
                          initial={plan}
                          onCancel={() => setOpen(null)}
                          onSubmit={async (input) => {
                            const error = await submit('updatePlan', { ...input, id: plan.id, createdAt: plan.createdAt }, () => ({ message: t('options_saved_named', { name: input.name }) }));
                            if (!error) setOpen(null);
                            return error;
                          }}
                        />
                      </td>
                    </tr>
                  )}
                  {isOpen('payments') && (
                    <tr class="item-detail">
                      <td colSpan={5}>
                        <PaymentHistory
                          target={{ type: 'plan', id: plan.id }}
                          name={plan.name}
                          currency={plan.currency}
                          statuses={status.installments}
                          payments={payments}
                          label={(s) => (s.seq === 0 ? t('options_plan_down_payment') : t('options_plan_nth', { n: s.seq, count: plan.count }))}
                        />
                      </td>
                    </tr>
                  )}
                </tbody>
              );
            })}
          </table>
        </div>
      )}

      {deleting && (
        <ConfirmDialog title={t('options_plan_delete_title', { name: deleting.name })} confirmLabel={t('options_delete')} onCancel={() => setDeleting(null)} onConfirm={() => void confirmDelete(deleting)}>
          <p>{t('options_plan_delete_body', { payments: payments.filter((p) => p.target.type === 'plan' && p.target.id === deleting.id).length })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function Progress({ status, currency }: { status: PlanStatus; currency: string }) {
  const { t } = useI18n();
  return (
    <span class="progress-cell">
      <progress max={status.count} value={status.paidCount} aria-hidden="true" />
      <span>{t('options_plan_progress', { paid: status.paidCount, count: status.count })}</span>
      {status.remaining > 0 && (
        <span class="muted">
          {t('options_plan_remaining')} <Money minor={status.remaining} currency={currency} />
        </span>
      )}
    </span>
  );
}

function NextInstallment({ status, currency }: { status: PlanStatus; currency: string }) {
  const { tag } = useI18n();
  const item = status.late ?? status.next;
  if (!item) return <span class="muted">—</span>;
  return (
    <span class="next-due">
      <Money minor={item.remaining} currency={currency} /> <span>{formatDay(item.due, tag)}</span> <RelativeDay due={item.due} daysUntilDue={item.daysUntilDue} />
    </span>
  );
}
