/**
 * #debts: every debt in a table, with add, edit, delete (confirmed, then undoable) and each debt's
 * payment history. `#debts/new` opens the add form.
 */
import { useState } from 'preact/hooks';
import type { Debt, Plan } from '../../domain/model';
import { getDebtInstallments } from '../../domain/schedule';
import { getInstallmentStatuses, type InstallmentStatus } from '../../domain/status';
import { Button } from '../../ui/button';
import { formatDay } from '../../ui/format';
import { DebtForm } from '../../ui/forms/debt-form';
import { useI18n } from '../../ui/i18n';
import { KindIcon } from '../../ui/kind-icon';
import { Money } from '../../ui/money';
import { RelativeDay } from '../../ui/relative-day';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useSend, useSubmit } from '../commands';
import { ConfirmDialog } from '../confirm-dialog';
import { PageHeader } from '../page-header';
import { routeHash, type Route } from '../route';
import { PaymentHistory } from './payments';

type Open = { type: 'add' } | { type: 'edit'; id: string } | { type: 'payments'; id: string } | null;

export function DebtsSection({ snapshot, route }: { snapshot: Snapshot; route: Route }) {
  const { t } = useI18n();
  const today = useToday();
  const send = useSend();
  const submit = useSubmit();
  const [open, setOpen] = useState<Open>(route.args[0] === 'new' ? { type: 'add' } : route.args[0] ? { type: 'payments', id: route.args[0] } : null);
  const [deleting, setDeleting] = useState<Debt | null>(null);
  const { debts, plans, payments } = snapshot.data;

  const confirmDelete = async (debt: Debt) => {
    setDeleting(null);
    setOpen(null);
    await send('deleteDebt', { id: debt.id }, (removed) => ({
      message: t('options_debt_deleted', { name: debt.name }),
      action: { label: t('options_undo'), run: () => void send('restoreItems', removed, () => ({ message: t('options_restored_item', { name: debt.name }) })) },
    }));
  };

  return (
    <>
      <PageHeader title={t('options_nav_debts')} lead={t('options_debts_lead')}>
        <Button variant="primary" onClick={() => setOpen({ type: 'add' })} aria-expanded={open?.type === 'add'}>
          {t('options_debt_add')}
        </Button>
      </PageHeader>

      {open?.type === 'add' && (
        <div class="panel">
          <h2>{t('options_debt_add')}</h2>
          <DebtForm
            submitLabel={t('options_debt_add_submit')}
            onCancel={() => setOpen(null)}
            onSubmit={async (input) => {
              const error = await submit('addDebt', input, () => ({ message: t('options_debt_added', { name: input.name }) }));
              if (!error) setOpen(null);
              return error;
            }}
          />
        </div>
      )}

      {debts.length === 0 ? (
        <div class="empty-state">
          <p>{t('options_debts_empty')}</p>
          <p>
            <a href={routeHash('import')}>{t('options_debts_empty_import')}</a>
          </p>
        </div>
      ) : (
        <div class="table-scroll">
          <table class="table items-table">
            <caption class="sr-only">{t('options_nav_debts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_col_name')}</th>
                <th scope="col" class="num">
                  {t('options_col_amount')}
                </th>
                <th scope="col">{t('options_col_schedule')}</th>
                <th scope="col">{t('options_col_next')}</th>
                <th scope="col">
                  <span class="sr-only">{t('options_col_actions')}</span>
                </th>
              </tr>
            </thead>
            {debts.map((debt) => {
              const plan = plans.find((p) => p.debtId === debt.id);
              const statuses = getInstallmentStatuses(getDebtInstallments(debt, today), payments, today);
              const isOpen = (type: 'edit' | 'payments') => open?.type === type && open.id === debt.id;
              const toggle = (type: 'edit' | 'payments') => setOpen(isOpen(type) ? null : { type, id: debt.id });
              return (
                <tbody key={debt.id} class="item-group">
                  <tr>
                    <th scope="row">
                      <span class="item-name">
                        <KindIcon kind={debt.kind} />
                        <span>{debt.name}</span>
                      </span>
                      <span class="item-links">
                        {!plan && <a href={routeHash('plans', 'new', debt.id)}>{t('options_debt_negotiate')}</a>}
                        <a href={routeHash('contacts', `debt:${debt.id}`)}>{t('options_debt_contacts')}</a>
                      </span>
                    </th>
                    <td class="num">
                      <Money minor={debt.amount} currency={debt.currency} />
                    </td>
                    <td>
                      <ScheduleText debt={debt} />
                    </td>
                    <td>
                      <NextDue statuses={statuses} plan={plan} />
                    </td>
                    <td>
                      <div class="row-actions">
                      <Button small onClick={() => toggle('payments')} aria-expanded={isOpen('payments')}>
                        {t('options_payments')}
                      </Button>
                      <Button small onClick={() => toggle('edit')} aria-expanded={isOpen('edit')}>
                        {t('options_edit')}
                      </Button>
                      <Button small variant="danger" onClick={() => setDeleting(debt)}>
                        {t('options_delete')}
                      </Button>
                    </div>
                    </td>
                  </tr>
                  {isOpen('edit') && (
                    <tr class="item-detail">
                      <td colSpan={5}>
                        <h2 class="sr-only">{t('options_debt_edit_named', { name: debt.name })}</h2>
                        <DebtForm
                          initial={debt}
                          onCancel={() => setOpen(null)}
                          onSubmit={async (input) => {
                            const error = await submit('updateDebt', { ...input, id: debt.id, createdAt: debt.createdAt }, () => ({ message: t('options_saved_named', { name: input.name }) }));
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
                        <PaymentHistory target={{ type: 'debt', id: debt.id }} name={debt.name} currency={debt.currency} statuses={statuses} payments={payments} label={(s) => String(s.seq + 1)} />
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
        <ConfirmDialog title={t('options_debt_delete_title', { name: deleting.name })} confirmLabel={t('options_delete')} onCancel={() => setDeleting(null)} onConfirm={() => void confirmDelete(deleting)}>
          <p>{t('options_debt_delete_body', { payments: payments.filter((p) => p.target.type === 'debt' && p.target.id === deleting.id).length, contacts: snapshot.data.contacts.filter((c) => c.target.type === 'debt' && c.target.id === deleting.id).length })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** "Once · Mar 10, 2026" or "Monthly from Mar 10 · 12 payments" / "… · no end date". */
function ScheduleText({ debt }: { debt: Debt }) {
  const { t, tag } = useI18n();
  const r = debt.recurrence;
  if (r.type === 'once') return <span>{t('options_schedule_once', { date: formatDay(r.dueDate, tag) })}</span>;
  return <span>{r.count !== undefined ? t('options_schedule_monthly_count', { date: formatDay(r.firstDue, tag), count: r.count }) : t('options_schedule_monthly_open', { date: formatDay(r.firstDue, tag) })}</span>;
}

/** The first unpaid occurrence (the most overdue, else the next), or "all paid", or the plan that settles it. */
function NextDue({ statuses, plan }: { statuses: readonly InstallmentStatus[]; plan: Plan | undefined }) {
  const { t, tag } = useI18n();
  if (plan) return <a href={routeHash('plans', plan.id)}>{t('options_debt_settled_by', { name: plan.name })}</a>;
  const next = statuses.find((s) => s.state !== 'paid');
  if (!next) return <span class="badge badge-ok">{t('options_state_all_paid')}</span>;
  return (
    <span class="next-due">
      <span>{formatDay(next.due, tag)}</span> <RelativeDay due={next.due} daysUntilDue={next.daysUntilDue} />
    </span>
  );
}
