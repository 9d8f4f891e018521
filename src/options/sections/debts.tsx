/**
 * #debts: every debt in a table, with add, edit, delete (confirmed, then undoable) and each debt's
 * payment history. `#debts/new` opens the add form; `#debts/<id>` opens a debt's payments.
 */
import { useState } from 'preact/hooks';
import { useFirstRows } from '../../ui/first-rows';
import type { Debt, Plan } from '../../domain/model';
import type { DebtInput } from '../../domain/commands';
import { mergeEdit } from '../../domain/debt-edit';
import { payByDay, type WorkCalendar } from '../../domain/work-calendar';
import { workCalendar } from '../../domain/year-file';
import { getDebtInstallments, headlineAmount } from '../../domain/schedule';
import { getInstallmentStatuses, type InstallmentStatus } from '../../domain/status';
import { Button } from '../../ui/button';
import { DebtForm } from '../../ui/forms/debt-form';
import { Money } from '../../ui/money';
import { RelativeDay } from '../../ui/relative-day';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useCommand } from '../../ui/command';
import { PageHeader } from '../page-header';
import { routeHash, type Route } from '../route';
import { ConfirmDelete, ItemGroup, ItemTable, type Panel } from './item-table';
import { DebtAccount } from './debt-account';
import { PaymentHistory } from './payments';
import { describeTerms } from '../../text/debt-terms';
import { formatDay } from '../../text/days';
import { useLocale } from '../../ui/locale';

type Open = { type: 'add' } | { type: Panel; id: string } | null;

const countFor = (items: readonly { target: { type: string; id: string } }[], id: string) =>
  items.filter((x) => x.target.type === 'debt' && x.target.id === id).length;

export function DebtsSection({ snapshot, route }: { snapshot: Snapshot; route: Route }) {
  const { t } = useLocale();
  const today = useToday();
  const { save } = useCommand();
  const [open, setOpen] = useState<Open>(
    route.args[0] === 'new' ? { type: 'add' } : route.args[0] ? { type: 'payments', id: route.args[0] } : null,
  );
  const [deleting, setDeleting] = useState<Debt | null>(null);
  const { debts, plans, payments, contacts } = snapshot.data;
  const calendar = workCalendar(snapshot.settings.workCalendarYears);
  const close = () => setOpen(null);
  const shown = useFirstRows(debts.length);
  // The first rows, and the one a link opened even when it is further down.
  const rows = shown < debts.length ? debts.filter((debt, i) => i < shown || (open && open.type !== 'add' && open.id === debt.id)) : debts;

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
            onCancel={close}
            onSubmit={(input) => save('addDebt', input, t('options_debt_added', { name: input.name }), close)}
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
        <ItemTable
          caption={t('options_nav_debts')}
          columns={[{ label: t('options_col_amount'), num: true }, { label: t('options_col_schedule') }, { label: t('options_col_next') }]}
        >
          {rows.map((debt) => {
            const plan = plans.find((p) => p.debtId === debt.id);
            const statuses = getInstallmentStatuses(getDebtInstallments(debt, today), payments, today);
            return (
              <ItemGroup
                key={debt.id}
                kind={debt.kind}
                name={debt.name}
                links={
                  <>
                    {!plan && <a href={routeHash('plans', 'new', debt.id)}>{t('options_debt_negotiate')}</a>}
                    <a href={routeHash('contacts', `debt:${debt.id}`)}>{t('options_debt_contacts')}</a>
                  </>
                }
                cells={[
                  { content: <Money minor={headlineAmount(debt)} currency={debt.currency} />, num: true },
                  { content: <ScheduleText debt={debt} /> },
                  { content: <NextDue statuses={statuses} plan={plan} calendar={calendar} /> },
                ]}
                panel={open && open.type !== 'add' && open.id === debt.id ? open.type : null}
                onPanel={(panel) => setOpen(panel ? { type: panel, id: debt.id } : null)}
                onDelete={() => setDeleting(debt)}
                editTitle={t('options_debt_edit_named', { name: debt.name })}
                edit={() => (
                  <DebtForm
                    initial={debt}
                    onCancel={close}
                    onSubmit={(input) => save('updateDebt', mergeEdit(debt, input), t('options_saved_named', { name: input.name }), close)}
                  />
                )}
                history={() => (
                  <>
                    <DebtAccount debt={debt} statuses={statuses} />
                    <PaymentHistory
                      target={{ type: 'debt', id: debt.id }}
                      name={debt.name}
                      currency={debt.currency}
                      statuses={statuses}
                      payments={payments}
                      label={(s) => String(s.seq + 1)}
                    />
                  </>
                )}
              />
            );
          })}
        </ItemTable>
      )}

      {deleting && (
        <ConfirmDelete
          command="deleteDebt"
          item={deleting}
          title={t('options_debt_delete_title', { name: deleting.name })}
          body={t('options_debt_delete_body', { payments: countFor(payments, deleting.id), contacts: countFor(contacts, deleting.id) })}
          deleted={t('options_debt_deleted', { name: deleting.name })}
          onClose={() => {
            setDeleting(null);
            close();
          }}
        />
      )}
    </>
  );
}

/** "Once, Mar 10, 2026", "Monthly from Mar 10, 2026, 12 payments", "Statement on day 1, due on day 10"… (`describeTerms`). */
export function ScheduleText({ debt }: { debt: DebtInput }) {
  const { t, tag } = useLocale();
  return <span>{describeTerms(t, debt, tag)}</span>;
}

/** The first unpaid occurrence (the most overdue, else the next), or "all paid", or the plan that settles it. */
function NextDue({ statuses, plan, calendar }: { statuses: readonly InstallmentStatus[]; plan: Plan | undefined; calendar: WorkCalendar }) {
  const { t, tag } = useLocale();
  if (plan) return <a href={routeHash('plans', plan.id)}>{t('options_debt_settled_by', { name: plan.name })}</a>;
  const next = statuses.find((s) => s.state !== 'paid');
  if (!next) return <span class="badge badge-ok">{t('options_state_all_paid')}</span>;
  // A due date on a weekend or holiday: the last working day before it (the popup's row says why).
  const payBy = next.daysUntilDue >= 0 ? payByDay(next.due, calendar) : null;
  return (
    <span class="next-due">
      <span>{formatDay(next.due, tag)}</span> <RelativeDay due={next.due} daysUntilDue={next.daysUntilDue} />
      {payBy && <span class="muted"> · {t('options_pay_by', { date: formatDay(payBy.day, tag) })}</span>}
    </span>
  );
}
