/**
 * The working calendar's years on the settings page: which years' holidays and make-up workdays
 * DueGuard knows (bundled, or loaded from a file), and loading or removing a year's file
 * (docs/work-calendar-format.md). A file is checked whole before anything is sent; a refused one
 * lists every reason and changes nothing.
 */
import { useId, useState } from 'preact/hooks';
import { BUNDLED_YEARS } from '../../domain/cn-calendar';
import type { Settings } from '../../domain/model';
import { readYearFile, type YearFile, type YearFileProblem } from '../../domain/year-file';
import type { Translate } from '../../text/translate';
import { Button } from '../../ui/button';
import { useCommand } from '../../ui/command';
import { useLocale } from '../../ui/locale';

function problemText(t: Translate, problem: YearFileProblem): string {
  switch (problem.type) {
    case 'not-json':
      return t('options_year_problem_not_json');
    case 'shape':
      return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
    case 'other-year':
      return t('options_year_problem_other_year', { day: problem.day });
    case 'twice':
      return t('options_year_problem_twice', { day: problem.day });
    case 'workday-not-weekend':
      return t('options_year_problem_workday_not_weekend', { day: problem.day });
  }
}

type Chosen = { name: string; problems: YearFileProblem[] } | null;

export function WorkCalendarYears({ settings }: { settings: Settings }) {
  const { t } = useLocale();
  const { send } = useCommand();
  const inputId = useId();
  const [refused, setRefused] = useState<Chosen>(null);
  const [inputKey, setInputKey] = useState(0);
  const loaded = settings.workCalendarYears;
  const save = (files: YearFile[], message: string) =>
    send('updateSettings', { workCalendarYears: [...files].sort((a, b) => a.year - b.year) }, () => ({ message }));

  const onFile = async (file: File | undefined) => {
    setRefused(null);
    if (!file) return;
    const result = readYearFile(await file.text());
    setInputKey((k) => k + 1);
    if (!result.ok) return setRefused({ name: file.name, problems: result.problems });
    const { year } = result.file;
    await save([...loaded.filter((f) => f.year !== year), result.file], t('options_year_loaded', { year }));
  };

  const bundled = BUNDLED_YEARS.filter((year) => !loaded.some((f) => f.year === year));
  return (
    <section class="panel" aria-labelledby="settings-work-calendar">
      <h2 id="settings-work-calendar">{t('options_year_title')}</h2>
      <p class="muted">{t('options_year_lead')}</p>
      <ul class="year-list">
        {bundled.map((year) => (
          <li key={year}>{t('options_year_bundled', { year })}</li>
        ))}
        {loaded.map((file) => (
          <li key={file.year}>
            {t('options_year_from_file', { year: file.year })}
            {file.source && <span class="muted"> · {file.source}</span>}{' '}
            <Button
              small
              variant="link"
              aria-label={t('options_year_remove_named', { year: file.year })}
              onClick={() =>
                void save(
                  loaded.filter((f) => f !== file),
                  t('options_year_removed', { year: file.year }),
                )
              }
            >
              {t('options_year_remove')}
            </Button>
          </li>
        ))}
      </ul>
      <p class="muted small">{t('options_year_uncovered', { year: Math.max(...BUNDLED_YEARS, ...loaded.map((f) => f.year)) + 1 })}</p>
      <div class="field">
        <label for={inputId} class="file-label">
          {t('options_year_choose')}
        </label>
        <input
          key={inputKey}
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </div>
      {refused && (
        <div class="error-message" role="alert">
          <p>{t('options_year_refused', { file: refused.name })}</p>
          <ul>
            {refused.problems.slice(0, 20).map((problem, i) => (
              <li key={i}>{problemText(t, problem)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
