/**
 * #plans: negotiated repayment plans with their progress and state, the plan builder for a new one
 * (`#plans/new/<debtId>` starts it from a debt), edit (payments kept), delete with undo, and each
 * plan's installments and payments (`#plans/<planId>` opens them).
 */
import { useState } from 'preact/hooks';
import type { Plan } from '../../domain/model';
import { getPlanStatus, type PlanState, type PlanStatus } from '../../domain/plan-status';
import { Button } from '../../ui/button';
import { PlanBuilder } from '../../ui/forms/plan-builder';
import { planFromDebt } from '../../ui/forms/plan-form-model';
import { Money } from '../../ui/money';
import { RelativeDay } from '../../ui/relative-day';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useCommand } from '../../ui/command';
import { PageHeader } from '../page-header';
import { navigate, routeHash, type Route } from '../route';
import { ConfirmDelete, ItemGroup, ItemTable, type Panel } from './item-table';
import { PaymentHistory } from './payments';
import { formatDay } from '../../text/days';
import { useLocale } from '../../ui/locale';

type Open = { type: 'add'; debtId?: string } | { type: Panel; id: string } | null;

function openFromRoute(route: Route): Open {
  const [first, second] = route.args;
  if (first === 'new') return second ? { type: 'add', debtId: second } : { type: 'add' };
  return first ? { type: 'payments', id: first } : null;
}

const STATE_BADGE: Record<PlanState, string> = {
  'on-track': 'badge-ok',
  'at-risk': 'badge-warning',
  broken: 'badge-danger',
  completed: 'badge-muted',
};
const stateKey = (state: PlanState) => `options_plan_state_${state.replace('-', '_')}`;

export function PlansSection({ snapshot, route }: { snapshot: Snapshot; route: Route }) {
  const { t } = useLocale();
  const today = useToday();
  const { save } = useCommand();
  const [open, setOpen] = useState<Open>(() => openFromRoute(route));
  const [deleting, setDeleting] = useState<Plan | null>(null);
  const { plans, debts, payments } = snapshot.data;
  const fromDebt = open?.type === 'add' && open.debtId ? debts.find((d) => d.id === open.debtId) : undefined;
  const close = () => setOpen(null);
  const closeAdd = () => {
    close();
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
            onSubmit={(input) => save('addPlan', input, t('options_plan_added', { name: input.name }), closeAdd)}
          />
        </div>
      )}

      {plans.length === 0 ? (
        <div class="empty-state">
          <p>{t('options_plans_empty')}</p>
        </div>
      ) : (
        <ItemTable
          caption={t('options_nav_plans')}
          columns={[{ label: t('options_col_progress') }, { label: t('options_col_next') }, { label: t('options_col_state') }]}
        >
          {plans.map((plan) => {
            const status = getPlanStatus(plan, payments, today, snapshot.settings);
            const settles = plan.debtId ? debts.find((d) => d.id === plan.debtId) : undefined;
            const late = status.state === 'broken' || status.state === 'at-risk';
            return (
              <ItemGroup
                key={plan.id}
                kind={plan.kind}
                name={plan.name}
                sub={settles && t('options_plan_settles_named', { name: settles.name })}
                links={<a href={routeHash('contacts', `plan:${plan.id}`)}>{t('options_debt_contacts')}</a>}
                cells={[
                  { content: <Progress status={status} currency={plan.currency} /> },
                  { content: <NextInstallment status={status} currency={plan.currency} /> },
                  { content: <span class={`badge ${STATE_BADGE[status.state]}`}>{t(stateKey(status.state))}</span> },
                ]}
                note={
                  late && (
                    <p class={`notice ${status.state === 'broken' ? 'notice-danger' : 'notice-warning'}`}>
                      {t(`${stateKey(status.state)}_explain`)}
                    </p>
                  )
                }
                panel={open && open.type !== 'add' && open.id === plan.id ? open.type : null}
                onPanel={(panel) => setOpen(panel ? { type: panel, id: plan.id } : null)}
                onDelete={() => setDeleting(plan)}
                editTitle={t('options_plan_edit_named', { name: plan.name })}
                edit={() => (
                  <PlanBuilder
                    initial={plan}
                    onCancel={close}
                    onSubmit={(input) =>
                      save(
                        'updatePlan',
                        { ...input, id: plan.id, createdAt: plan.createdAt },
                        t('options_saved_named', { name: input.name }),
                        close,
                      )
                    }
                  />
                )}
                history={() => (
                  <PaymentHistory
                    target={{ type: 'plan', id: plan.id }}
                    name={plan.name}
                    currency={plan.currency}
                    statuses={status.installments}
                    payments={payments}
                    label={(s) => (s.seq === 0 ? t('options_plan_down_payment') : t('options_plan_nth', { n: s.seq, count: plan.count }))}
                  />
                )}
              />
            );
          })}
        </ItemTable>
      )}

      {deleting && (
        <ConfirmDelete
          command="deletePlan"
          item={deleting}
          title={t('options_plan_delete_title', { name: deleting.name })}
          body={t('options_plan_delete_body', {
            payments: payments.filter((p) => p.target.type === 'plan' && p.target.id === deleting.id).length,
          })}
          deleted={t('options_plan_deleted', { name: deleting.name })}
          onClose={() => {
            setDeleting(null);
            close();
          }}
        />
      )}
    </>
  );
}

function Progress({ status, currency }: { status: PlanStatus; currency: string }) {
  const { t } = useLocale();
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
  const { tag } = useLocale();
  const item = status.late ?? status.next;
  if (!item) return <span class="muted">—</span>;
  return (
    <span class="next-due">
      <Money minor={item.remaining} currency={currency} /> <span>{formatDay(item.due, tag)}</span>{' '}
      <RelativeDay due={item.due} daysUntilDue={item.daysUntilDue} />
    </span>
  );
}
