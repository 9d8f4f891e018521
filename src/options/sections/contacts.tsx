/**
 * #contacts: the collection contact log, per debt or plan (`#contacts/debt:<id>`). Each entry is
 * flagged against the rules that bind collectors (outside hours, over the daily count, third party,
 * during an on-track card plan) and by what the user ticked (threats, insults, impersonation). The
 * report is a print-ready page (Save as PDF) with the entries, their flags and where to complain.
 */
import { ScamWarnings } from '../../ui/scam-warnings';
import { useState } from 'preact/hooks';
import type { ContactInput } from '../../domain/commands';
import { contactContext, flagLog, type ContactFlag } from '../../domain/contact-flags';
import { targetKey } from '../../domain/keys';
import { getOpenInstallments } from '../../domain/open-installments';
import { getHelpFor, getRule } from '../../domain/collector-rules';
import {
  CONTACT_CHANNELS,
  LIMITS,
  AGENCY_LISTED,
  USER_FLAGS,
  type ContactEntry,
  type Data,
  type Day,
  type DebtKind,
  type Target,
} from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { Button } from '../../ui/button';
import { parseText, collect, problem, type FieldsResult } from '../../domain/fields';
import { Field } from '../../ui/forms/field';
import { FormFooter } from '../../ui/forms/form-parts';
import { useForm } from '../../ui/forms/use-form';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useCommand } from '../../ui/command';
import { PageHeader } from '../page-header';
import { navigate, routeHash, type Route } from '../route';
import { messageKey } from '../../text/message-key';
import { headlineAmount } from '../../domain/schedule';
import { formatDay } from '../../text/days';
import { messageParams, tCount } from '../../text/translate';
import { useLocale } from '../../ui/locale';

/** A debt or plan the log can be about. */
interface LogTarget {
  target: Target;
  name: string;
  kind: DebtKind;
  /** The debt's amount or the plan's total. */
  amount: number;
  currency: string;
}

function logTargets(data: Data): LogTarget[] {
  return [
    ...data.debts.map((d) => ({
      target: { type: 'debt' as const, id: d.id },
      name: d.name,
      kind: d.kind,
      amount: headlineAmount(d),
      currency: d.currency,
    })),
    ...data.plans.map((p) => ({
      target: { type: 'plan' as const, id: p.id },
      name: p.name,
      kind: p.kind,
      amount: p.total,
      currency: p.currency,
    })),
  ];
}

const newestFirst = (a: ContactEntry, b: ContactEntry) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** `YYYY-MM-DDTHH:mm` as "Mar 2, 2026, 22:40" in the page's language. */
export function formatContactTime(at: string, tag: string): string {
  const [date = '', time = ''] = at.split('T');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(y, m - 1, d, h, min));
}

export function ContactsSection({ snapshot, route }: { snapshot: Snapshot; route: Route }) {
  const { t } = useLocale();
  const today = useToday();
  const { send } = useCommand();
  const targets = logTargets(snapshot.data);
  const wanted = route.args[0];
  const current = targets.find((x) => targetKey(x.target) === wanted) ?? targets[0];
  const [showReport, setShowReport] = useState(false);

  if (!current) {
    return (
      <>
        <PageHeader title={t('options_nav_contacts')} lead={t('options_contacts_lead')} />
        <div class="empty-state">
          <p>{t('options_contacts_no_targets')}</p>
          <p>
            <a href={routeHash('debts', 'new')}>{t('options_debt_add')}</a>
          </p>
        </div>
      </>
    );
  }

  const key = targetKey(current.target);
  const context = contactContext(snapshot.data, getOpenInstallments(snapshot.data, snapshot.settings, today).plans);
  const flags = flagLog(snapshot.data.contacts, context);
  const entries = snapshot.data.contacts.filter((c) => targetKey(c.target) === key).sort(newestFirst);

  const remove = (entry: ContactEntry) => {
    void send('deleteContact', { id: entry.id }, () => ({
      message: t('options_contact_deleted'),
      action: { label: t('options_undo'), run: () => void send('restoreItems', { debts: [], plans: [], payments: [], contacts: [entry] }) },
    }));
  };

  return (
    <>
      <PageHeader title={t('options_nav_contacts')} lead={t('options_contacts_lead')}>
        <Button onClick={() => setShowReport(!showReport)} aria-expanded={showReport}>
          {t('options_report_preview')}
        </Button>
        <Button variant="primary" onClick={() => window.print()}>
          {t('options_report_print')}
        </Button>
      </PageHeader>

      <div class="field no-print">
        <label for="contact-target">{t('options_contacts_for')}</label>
        <select id="contact-target" value={key} onChange={(e) => navigate('contacts', e.currentTarget.value)}>
          {targets.map((x) => (
            <option key={targetKey(x.target)} value={targetKey(x.target)}>
              {x.target.type === 'plan' ? t('options_contacts_plan_named', { name: x.name }) : x.name}
            </option>
          ))}
        </select>
      </div>

      <div class="no-print">
        <section class="panel" aria-labelledby="contact-add">
          <h2 id="contact-add">{t('options_contact_add')}</h2>
          <ContactForm key={key} target={current.target} />
        </section>

        <section aria-labelledby="contact-list">
          <h2 id="contact-list">{tCount(t, 'options_contact_list', entries.length, { name: current.name })}</h2>
          {entries.length === 0 ? (
            <p class="muted">{t('options_contact_none')}</p>
          ) : (
            <ol class="contact-list">
              {entries.map((entry) => (
                <li key={entry.id} class={flags[entry.id]?.length ? 'flagged' : ''}>
                  <ContactEntryView entry={entry} flags={flags[entry.id] ?? []} />
                  <Button
                    small
                    variant="link"
                    onClick={() => remove(entry)}
                    aria-label={t('options_contact_delete_named', { time: entry.at.replace('T', ' ') })}
                  >
                    {t('options_delete')}
                  </Button>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <div class="no-print">
        <ScamWarnings heading="h3" />
      </div>
      <div class={showReport ? 'report-preview' : 'print-only'}>
        <ContactReport target={current} entries={[...entries].reverse()} flags={flags} today={today} />
      </div>
    </>
  );
}

function FlagList({ flags }: { flags: readonly ContactFlag[] }) {
  const { t } = useLocale();
  if (flags.length === 0) return null;
  return (
    <ul class="flag-list" aria-label={t('options_contact_flags')}>
      {flags.map((flag) => (
        <li key={flag.id} class="badge badge-danger">
          {t(messageKey('flag', flag.id))}
        </li>
      ))}
    </ul>
  );
}

function ContactEntryView({ entry, flags }: { entry: ContactEntry; flags: readonly ContactFlag[] }) {
  const { t, tag } = useLocale();
  return (
    <div class="contact-entry">
      <p class="contact-head">
        <time dateTime={entry.at}>{formatContactTime(entry.at, tag)}</time>
        <span>{t(messageKey('options_contact_channel', entry.channel))}</span>
        {entry.channel === 'call' && !entry.answered && <span class="muted">{t('options_contact_unanswered')}</span>}
        {entry.thirdParty && <span class="muted">{t('options_contact_third_party_short')}</span>}
      </p>
      {entry.who && <p class="contact-who">{entry.who}</p>}
      {entry.summary && <p class="contact-summary">{entry.summary}</p>}
      <FlagList flags={flags} />
    </div>
  );
}

interface ContactValues {
  at: string;
  channel: ContactEntry['channel'];
  answered: boolean;
  thirdParty: boolean;
  who: string;
  summary: string;
  userFlags: ContactEntry['userFlags'];
  /** Empty = not checked. */
  agencyListed: '' | NonNullable<ContactEntry['agencyListed']>;
}
type ContactField = keyof ContactValues;

/** Now, as the local `YYYY-MM-DDTHH:mm` a datetime-local input holds. */
function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The entry the form describes, or each invalid field's problem; an unchecked agency list is left out. */
function validateContact(values: ContactValues): FieldsResult<ContactField, Omit<ContactInput, 'target'>> {
  const checked = collect({
    at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(values.at) ? values.at : problem('datetime-invalid'),
    channel: values.channel,
    answered: values.answered,
    thirdParty: values.thirdParty || values.channel === 'third-party',
    who: parseText(values.who, LIMITS.contactWhoLength),
    summary: parseText(values.summary, LIMITS.contactSummaryLength),
    userFlags: values.userFlags,
    agencyListed: values.agencyListed,
  });
  if (!checked.ok) return checked;
  const { agencyListed, ...entry } = checked.value;
  return { ok: true, value: agencyListed ? { ...entry, agencyListed } : entry };
}

function ContactForm({ target }: { target: Target }) {
  const { t } = useLocale();
  const { submit } = useCommand();
  const form = useForm<ContactValues, ContactField, Omit<ContactInput, 'target'>>(
    () => ({ at: localNow(), channel: 'call', answered: true, thirdParty: false, who: '', summary: '', userFlags: [], agencyListed: '' }),
    validateContact,
    async (value) => {
      const error = await submit('addContact', { target, ...value }, () => ({ message: t('options_contact_added') }));
      if (!error)
        form.setMany({ at: localNow(), who: '', summary: '', userFlags: [], thirdParty: false, answered: true, agencyListed: '' });
      return error;
    },
  );
  const { values, shown } = form;
  const toggleFlag = (flag: ContactEntry['userFlags'][number], on: boolean) =>
    form.set('userFlags', on ? [...values.userFlags, flag] : values.userFlags.filter((f) => f !== flag));
  return (
    <form ref={form.formRef} class="form contact-form" onSubmit={form.onSubmit} noValidate>
      <div class="field-row">
        <Field name="at" label={t('options_contact_at')} error={shown.at}>
          {(control) => (
            <input {...control} type="datetime-local" {...form.text('at')} onChange={(e) => form.set('at', e.currentTarget.value)} />
          )}
        </Field>
        <Field name="channel" label={t('options_contact_channel')}>
          {(control) => (
            <select
              {...control}
              value={values.channel}
              onChange={(e) => form.set('channel', e.currentTarget.value as ContactValues['channel'])}
            >
              {CONTACT_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(messageKey('options_contact_channel', channel))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="who" label={t('options_contact_who')} hint={t('options_contact_who_hint')} error={shown.who} class="field-grow">
          {(control) => <input {...control} type="text" autoComplete="off" {...form.text('who')} />}
        </Field>
      </div>
      <div class="checkbox-row">
        {values.channel === 'call' && (
          <label class="checkbox">
            <input type="checkbox" checked={values.answered} onChange={(e) => form.set('answered', e.currentTarget.checked)} />
            {t('options_contact_answered')}
          </label>
        )}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={values.thirdParty || values.channel === 'third-party'}
            disabled={values.channel === 'third-party'}
            onChange={(e) => form.set('thirdParty', e.currentTarget.checked)}
          />
          {t('options_contact_third_party')}
        </label>
      </div>
      <Field name="summary" label={t('options_contact_summary')} hint={t('options_contact_summary_hint')} error={shown.summary}>
        {(control) => <textarea {...control} rows={3} {...form.text('summary')} />}
      </Field>
      <Field name="agencyListed" label={t('options_contact_agency_listed')} hint={t('options_contact_agency_listed_hint')}>
        {(control) => (
          <select
            {...control}
            value={values.agencyListed}
            onChange={(e) => form.set('agencyListed', e.currentTarget.value as ContactValues['agencyListed'])}
          >
            <option value="">{t('options_contact_agency_listed_unchecked')}</option>
            {AGENCY_LISTED.map((answer) => (
              <option key={answer} value={answer}>
                {t(messageKey('options_contact_agency_listed', answer))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset class="field checkbox-group">
        <legend>{t('options_contact_user_flags')}</legend>
        {USER_FLAGS.map((flag) => (
          <label key={flag} class="checkbox">
            <input type="checkbox" checked={values.userFlags.includes(flag)} onChange={(e) => toggleFlag(flag, e.currentTarget.checked)} />
            {t(messageKey('options_contact_tick', flag))}
          </label>
        ))}
      </fieldset>
      <FormFooter error={form.commandError} busy={form.busy} submitLabel={t('options_contact_save')} />
    </form>
  );
}

/** The printable report: entries oldest first, each with its flags; the rules behind the flags; where to complain. */
function ContactReport({
  target,
  entries,
  flags,
  today,
}: {
  target: LogTarget;
  entries: ContactEntry[];
  flags: Record<string, ContactFlag[]>;
  today: Day;
}) {
  const { t, tag } = useLocale();
  const flagged = entries.filter((e) => flags[e.id]?.length);
  const rules = [...new Set(entries.flatMap((e) => (flags[e.id] ?? []).flatMap((f) => f.rules)))];
  const help = getHelpFor(target.kind);
  return (
    <article class="print-report" aria-labelledby="report-title">
      <h2 id="report-title">{t('options_report_title', { name: target.name })}</h2>
      <p class="muted">
        {t('options_report_meta', {
          kind: t(messageKey('kind', target.kind)),
          amount: formatMoney(target.amount, target.currency, tag),
          date: formatDay(today, tag, { long: true }),
          count: entries.length,
          flagged: flagged.length,
        })}
      </p>
      {entries.length === 0 ? (
        <p>{t('options_contact_none')}</p>
      ) : (
        <table class="table report-table">
          <thead>
            <tr>
              <th scope="col">{t('options_contact_at')}</th>
              <th scope="col">{t('options_contact_channel')}</th>
              <th scope="col">{t('options_contact_who')}</th>
              <th scope="col">{t('options_contact_summary')}</th>
              <th scope="col">{t('options_contact_flags')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td class="nowrap">{formatContactTime(entry.at, tag)}</td>
                <td>
                  {t(messageKey('options_contact_channel', entry.channel))}
                  {entry.channel === 'call' && !entry.answered && ` (${t('options_contact_unanswered')})`}
                  {entry.thirdParty && ` · ${t('options_contact_third_party_short')}`}
                </td>
                <td>{entry.who}</td>
                <td class="pre-wrap">{entry.summary}</td>
                <td>{(flags[entry.id] ?? []).map((f) => t(messageKey('flag', f.id))).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rules.length > 0 && (
        <section>
          <h3>{t('options_report_rules')}</h3>
          <ul>
            {rules.map((rule) => (
              <li key={rule}>{t(messageKey('rule', rule), messageParams(getRule(rule)))}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('options_report_help')}</h3>
        <ul class="help-list">
          {help.map((channel) => (
            <li key={channel.id}>
              {'number' in channel && <strong class="num">{channel.number}</strong>} {t(messageKey('help', channel.id))}
            </li>
          ))}
        </ul>
      </section>
      <p class="muted small">
        {t('options_report_disclaimer')} {t('domain_disclaimer')}
      </p>
    </article>
  );
}
