/**
 * #settings: reminders (lead times, time of day, quiet hours, daily overdue reminders), language,
 * theme, default currency, each kind's penalty rate and grace, and the paydays. Saved with updateSettings; they
 * follow the user's browser profile through storage.sync where it is available.
 */
import { Disclosure } from '../../ui/disclosure';
import { SourceList } from '../../ui/source-list';
import { DEBT_KINDS, LEAD_DAY_CHOICES, type DebtKind, type Settings } from '../../domain/model';
import { KIND_PRESETS } from '../../domain/presets';
import { formatPpmPercent } from '../../domain/rate';
import { Button } from '../../ui/button';
import { Field } from '../../ui/forms/field';
import { FormFooter } from '../../ui/forms/form-parts';
import { useForm } from '../../ui/forms/use-form';
import type { Snapshot } from '../../ui/store';
import { useCommand } from '../../ui/command';
import { PageHeader } from '../page-header';
import { PaydaysFieldset } from './settings-paydays';
import {
  settingsValues,
  validateSettings,
  type FormSettings,
  type KindValues,
  type SettingsField,
  type SettingsValues,
} from './settings-model';
import { WorkCalendarYears } from './work-calendar-years';
import { messageKey } from '../../text/message-key';
import { useLocale } from '../../ui/locale';
import { tCount } from '../../text/translate';
import { fieldErrorText } from '../../text/field-errors';

/** The sources of every kind's default rate, grace and due days, reachable without an overdue debt. */
const PRESET_SOURCES = [
  ...new Set(Object.values(KIND_PRESETS).flatMap((p) => [...p.rateFacts, ...p.graceFacts, ...p.dueDayFacts, ...p.paidByFacts])),
];

export function SettingsSection({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useLocale();
  const { submit } = useCommand();
  const form = useForm<SettingsValues, SettingsField, FormSettings>(
    () => settingsValues(snapshot.settings),
    validateSettings,
    (settings) => submit('updateSettings', settings, () => ({ message: t('options_settings_saved') })),
  );
  const { values, shown } = form;
  const setKind = (kind: DebtKind, patch: Partial<KindValues>) => {
    form.set('kinds', { ...values.kinds, [kind]: { ...values.kinds[kind], ...patch } });
    if (patch.rate !== undefined) form.touch(`rate.${kind}`);
    if (patch.grace !== undefined) form.touch(`grace.${kind}`);
  };
  const toggleLead = (day: number, on: boolean) =>
    form.set('leadDays', on ? [...values.leadDays, day] : values.leadDays.filter((d) => d !== day));

  return (
    <>
      <PageHeader title={t('options_nav_settings')} lead={t('options_settings_lead')} />
      <form ref={form.formRef} class="form settings-form" onSubmit={form.onSubmit} noValidate>
        <section class="panel" aria-labelledby="settings-reminders">
          <h2 id="settings-reminders">{t('options_settings_reminders')}</h2>
          <fieldset class="field checkbox-group">
            <legend>{t('options_settings_lead_days')}</legend>
            {LEAD_DAY_CHOICES.map((day) => (
              <label key={day} class="checkbox">
                <input type="checkbox" checked={values.leadDays.includes(day)} onChange={(e) => toggleLead(day, e.currentTarget.checked)} />
                {day === 0 ? t('options_settings_lead_same_day') : tCount(t, 'options_settings_lead_n', day)}
              </label>
            ))}
          </fieldset>
          <div class="field-row">
            <Field name="reminderTime" label={t('options_settings_time')} hint={t('options_settings_time_hint')} error={shown.reminderTime}>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  {...form.text('reminderTime')}
                  onChange={(e) => form.set('reminderTime', e.currentTarget.value)}
                />
              )}
            </Field>
          </div>
          <label class="checkbox">
            <input type="checkbox" checked={values.dailyOverdue} onChange={(e) => form.set('dailyOverdue', e.currentTarget.checked)} />
            {t('options_settings_daily_overdue')}
          </label>
          <fieldset class="field">
            <legend>{t('options_settings_quiet')}</legend>
            <label class="checkbox">
              <input type="checkbox" checked={values.quietEnabled} onChange={(e) => form.set('quietEnabled', e.currentTarget.checked)} />
              {t('options_settings_quiet_on')}
            </label>
            <div class="field-row">
              <Field name="quietStart" label={t('options_settings_quiet_start')} error={shown.quietStart}>
                {(control) => (
                  <input
                    {...control}
                    type="time"
                    disabled={!values.quietEnabled}
                    {...form.text('quietStart')}
                    onChange={(e) => form.set('quietStart', e.currentTarget.value)}
                  />
                )}
              </Field>
              <Field name="quietEnd" label={t('options_settings_quiet_end')} error={shown.quietEnd}>
                {(control) => (
                  <input
                    {...control}
                    type="time"
                    disabled={!values.quietEnabled}
                    {...form.text('quietEnd')}
                    onChange={(e) => form.set('quietEnd', e.currentTarget.value)}
                  />
                )}
              </Field>
            </div>
            <p class="field-hint">{t('options_settings_quiet_hint')}</p>
          </fieldset>
        </section>

        <section class="panel" aria-labelledby="settings-display">
          <h2 id="settings-display">{t('options_settings_display')}</h2>
          <div class="field-row">
            <Field name="language" label={t('options_settings_language')}>
              {(control) => (
                <select
                  {...control}
                  value={values.language}
                  onChange={(e) => form.set('language', e.currentTarget.value as Settings['language'])}
                >
                  <option value="auto">{t('options_settings_language_auto')}</option>
                  {/* Each language names itself, so anyone can find their own. */}
                  <option value="zh_CN" lang="zh-CN">
                    简体中文
                  </option>
                  <option value="en" lang="en">
                    English
                  </option>
                </select>
              )}
            </Field>
            <Field name="theme" label={t('options_settings_theme')}>
              {(control) => (
                <select {...control} value={values.theme} onChange={(e) => form.set('theme', e.currentTarget.value as Settings['theme'])}>
                  {(['auto', 'light', 'dark'] as const).map((theme) => (
                    <option key={theme} value={theme}>
                      {t(`options_settings_theme_${theme}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="currency" label={t('options_settings_currency')} hint={t('options_settings_currency_hint')} error={shown.currency}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  maxLength={3}
                  autoComplete="off"
                  spellcheck={false}
                  class="input-narrow"
                  {...form.text('currency')}
                />
              )}
            </Field>
          </div>
        </section>

        <section class="panel" aria-labelledby="settings-kinds">
          <h2 id="settings-kinds">{t('options_settings_kinds')}</h2>
          <p class="muted">{t('options_settings_kinds_lead')}</p>
          <div class="table-scroll">
            <table class="table kinds-table">
              <thead>
                <tr>
                  <th scope="col">{t('options_form_kind')}</th>
                  <th scope="col">{t('options_settings_kind_rate')}</th>
                  <th scope="col">{t('options_settings_kind_grace')}</th>
                  <th scope="col">{t('options_settings_kind_pay_by')}</th>
                  <th scope="col">{t('options_settings_kind_preset')}</th>
                </tr>
              </thead>
              <tbody>
                {DEBT_KINDS.map((kind) => {
                  const preset = KIND_PRESETS[kind];
                  const kindName = t(messageKey('kind', kind));
                  const rateError = shown[`rate.${kind}`];
                  const graceError = shown[`grace.${kind}`];
                  return (
                    <tr key={kind}>
                      <th scope="row">{kindName}</th>
                      <td>
                        <input
                          type="text"
                          inputMode="decimal"
                          class="input-narrow"
                          aria-label={t('options_settings_kind_rate_named', { kind: kindName })}
                          aria-invalid={rateError ? true : undefined}
                          aria-describedby={rateError ? `rate-${kind}-error` : undefined}
                          placeholder={t('options_settings_kind_rate_unknown')}
                          value={values.kinds[kind].rate}
                          onInput={(e) => setKind(kind, { rate: e.currentTarget.value })}
                        />
                        {rateError && (
                          <p class="field-error" id={`rate-${kind}-error`}>
                            {fieldErrorText(t, rateError)}
                          </p>
                        )}
                      </td>
                      <td>
                        <input
                          type="text"
                          inputMode="numeric"
                          class="input-narrow"
                          aria-label={t('options_settings_kind_grace_named', { kind: kindName })}
                          aria-invalid={graceError ? true : undefined}
                          aria-describedby={graceError ? `grace-${kind}-error` : undefined}
                          value={values.kinds[kind].grace}
                          onInput={(e) => setKind(kind, { grace: e.currentTarget.value })}
                        />
                        {graceError && (
                          <p class="field-error" id={`grace-${kind}-error`}>
                            {fieldErrorText(t, graceError)}
                          </p>
                        )}
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('options_settings_kind_pay_by_named', { kind: kindName })}
                          checked={values.kinds[kind].leadToPayBy}
                          onChange={(e) => setKind(kind, { leadToPayBy: e.currentTarget.checked })}
                        />
                      </td>
                      <td class="muted small">
                        {preset.dailyRatePpm === null
                          ? t('options_settings_kind_preset_unknown')
                          : preset.rateRangePpm
                            ? t('options_settings_kind_preset_range', {
                                low: formatPpmPercent(preset.rateRangePpm.low),
                                high: formatPpmPercent(preset.rateRangePpm.high),
                              })
                            : t('options_settings_kind_preset_rate', { rate: formatPpmPercent(preset.dailyRatePpm) })}
                        {preset.ask && ` · ${t('options_settings_kind_check_contract')}`}{' '}
                        <Button
                          small
                          variant="link"
                          onClick={() =>
                            setKind(kind, {
                              rate: preset.dailyRatePpm === null ? '' : formatPpmPercent(preset.dailyRatePpm),
                              grace: String(preset.graceDays),
                              leadToPayBy: preset.paidBy === 'transfer',
                            })
                          }
                          aria-label={t('options_settings_kind_reset_named', { kind: kindName })}
                        >
                          {t('options_settings_kind_reset')}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p class="muted small">{t('options_settings_pay_by_note')}</p>
          <p class="muted small">{t('options_settings_estimate_note')}</p>
          <Disclosure summary={t('options_settings_sources')}>
            <SourceList ids={PRESET_SOURCES} />
          </Disclosure>
        </section>

        <PaydaysFieldset form={form} />

        <div class="sticky-actions">
          <FormFooter error={form.commandError} busy={form.busy} submitLabel={t('options_settings_save')} />
          <p class="muted small">{t('options_settings_sync_note')}</p>
        </div>
      </form>
      <WorkCalendarYears settings={snapshot.settings} />
    </>
  );
}
