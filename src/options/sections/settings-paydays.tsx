/**
 * The settings form's paydays: none, once or twice a month, and what is usually available for debts
 * each payday. A payday of 29-31 says at once which months pay earlier (on their last day).
 */
import { parseDayOfMonth } from '../../domain/fields';
import { Field } from '../../ui/forms/field';
import { RadioGroup } from '../../ui/forms/form-parts';
import type { FormState } from '../../ui/forms/use-form';
import { useT } from '../../ui/locale';
import type { FormSettings, SettingsField, SettingsValues } from './settings-model';

const PAYDAY_TYPES = ['none', 'monthly', 'twice'] as const;

/** "Months with fewer than 31 days pay on their last day: …", for a payday a short month lacks; else nothing. */
function useShortMonthsHint(text: string): string | undefined {
  const t = useT();
  const day = parseDayOfMonth(text);
  if (typeof day !== 'number' || day < 29) return undefined;
  return t('options_settings_payday_short_months', { day, more: day === 31 ? t('options_settings_payday_short_months_30') : '' });
}

export function PaydaysFieldset({ form }: { form: FormState<SettingsValues, SettingsField, FormSettings> }) {
  const t = useT();
  const { values, shown } = form;
  const firstHint = useShortMonthsHint(values.paydayFirst);
  const secondHint = useShortMonthsHint(values.paydaySecond);
  return (
    <section class="panel" aria-labelledby="settings-paydays">
      <h2 id="settings-paydays">{t('options_settings_paydays')}</h2>
      <p class="muted">{t('options_settings_paydays_lead')}</p>
      <RadioGroup
        legend={t('options_settings_payday_type')}
        name="paydayType"
        options={PAYDAY_TYPES}
        value={values.paydayType}
        label={(type) => t(`options_settings_payday_${type}`)}
        onChange={(type) => form.set('paydayType', type)}
      />
      {values.paydayType !== 'none' && (
        <div class="field-row">
          <Field
            name="paydayFirst"
            label={t(values.paydayType === 'monthly' ? 'options_settings_payday_day' : 'options_settings_payday_first')}
            hint={firstHint}
            error={shown.paydayFirst}
          >
            {(control) => (
              <input {...control} type="text" inputMode="numeric" class="input-narrow" autoComplete="off" {...form.text('paydayFirst')} />
            )}
          </Field>
          {values.paydayType === 'twice' && (
            <Field name="paydaySecond" label={t('options_settings_payday_second')} hint={secondHint} error={shown.paydaySecond}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="numeric"
                  class="input-narrow"
                  autoComplete="off"
                  {...form.text('paydaySecond')}
                />
              )}
            </Field>
          )}
        </div>
      )}
      <Field
        name="available"
        label={t('options_settings_available')}
        hint={t('options_settings_available_hint', { currency: values.currency })}
        error={shown.available}
      >
        {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('available')} />}
      </Field>
    </section>
  );
}
