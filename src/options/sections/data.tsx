/**
 * #data: the JSON backup (download; restore, which is checked first, replaces everything only when
 * confirmed, and can be undone), and the report of stored records that failed validation and were
 * kept aside instead of dropped. Format: docs/backup-format.md.
 */
import { useId, useState } from 'preact/hooks';
import { parseBackup, parseJsonText, serializeBackup } from '../../io/backup';
import { Button } from '../../ui/button';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useCommand } from '../../ui/command';
import { ConfirmDialog } from '../confirm-dialog';
import { datedFileName, downloadFile } from '../download';
import { PageHeader } from '../page-header';
import { useLocale } from '../../ui/locale';
import { tCount } from '../../text/translate';

type Chosen =
  | {
      name: string;
      json: unknown;
      summary: { debts: number; plans: number; payments: number; contacts: number; exportedAt: string | null };
    }
  | { name: string; errors: string[] };

export function DataSection({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useLocale();
  const today = useToday();
  const { send } = useCommand();
  const inputId = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const { data, settings, quarantine, canUndoRestore } = snapshot;

  const reset = () => {
    setChosen(null);
    setInputKey((k) => k + 1);
  };

  const onFile = async (file: File | undefined) => {
    setChosen(null);
    if (!file) return;
    const text = await file.text();
    const json = parseJsonText(text);
    if (!json.ok) return setChosen({ name: file.name, errors: json.errors });
    const backup = parseBackup(json.json);
    if (!backup.ok) return setChosen({ name: file.name, errors: backup.errors });
    const d = backup.data;
    setChosen({
      name: file.name,
      json: json.json,
      summary: {
        debts: d.debts.length,
        plans: d.plans.length,
        payments: d.payments.length,
        contacts: d.contacts.length,
        exportedAt: backup.exportedAt,
      },
    });
  };

  const restore = async (json: unknown) => {
    setConfirming(false);
    setBusy(true);
    const result = await send('restoreBackup', { backup: json }, ({ debts, plans }) => ({
      message: t('options_restore_done', { debts, plans }),
      action: { label: t('options_undo'), run: () => void send('undoRestore', {}, () => ({ message: t('options_restore_undone') })) },
    }));
    setBusy(false);
    if (result.ok) reset();
  };

  return (
    <>
      <PageHeader title={t('options_nav_data')} lead={t('options_data_lead')} />

      <section class="panel" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('options_backup_title')}</h2>
        <p>
          {t('options_backup_body', {
            debts: data.debts.length,
            plans: data.plans.length,
            payments: data.payments.length,
            contacts: data.contacts.length,
          })}
        </p>
        <div class="form-actions">
          <Button
            variant="primary"
            onClick={() =>
              downloadFile(datedFileName('backup', today, 'json'), serializeBackup(data, settings, Date.now()), 'application/json')
            }
          >
            {t('options_backup_download')}
          </Button>
        </div>
      </section>

      <section class="panel" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('options_restore_title')}</h2>
        <p>{t('options_restore_body')}</p>
        <div class="field">
          <label for={inputId} class="file-label">
            {t('options_restore_choose')}
          </label>
          <input
            key={inputKey}
            id={inputId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </div>
        {chosen && 'errors' in chosen && (
          <div class="error-message" role="alert">
            <p>{t('options_restore_refused', { file: chosen.name })}</p>
            <ul>
              {chosen.errors.slice(0, 50).map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
            {chosen.errors.length > 50 && <p>{tCount(t, 'options_restore_more_errors', chosen.errors.length - 50)}</p>}
          </div>
        )}
        {chosen && 'summary' in chosen && (
          <div class="restore-preview">
            <p role="status">
              {t('options_restore_preview', {
                file: chosen.name,
                ...chosen.summary,
                exportedAt: chosen.summary.exportedAt
                  ? new Date(chosen.summary.exportedAt).toLocaleString()
                  : t('options_restore_unknown_date'),
              })}
            </p>
            <p class="notice notice-warning">{t('options_restore_warning', { debts: data.debts.length, plans: data.plans.length })}</p>
            <div class="form-actions">
              <Button variant="danger" busy={busy} onClick={() => setConfirming(true)}>
                {t('options_restore_button')}
              </Button>
              <Button onClick={reset}>{t('options_cancel')}</Button>
            </div>
            {confirming && (
              <ConfirmDialog
                title={t('options_restore_confirm_title')}
                confirmLabel={t('options_restore_button')}
                onCancel={() => setConfirming(false)}
                onConfirm={() => void restore(chosen.json)}
              >
                <p>{t('options_restore_confirm_body')}</p>
              </ConfirmDialog>
            )}
          </div>
        )}
        {canUndoRestore && (
          <p class="undo-restore">
            {t('options_restore_can_undo')}{' '}
            <Button small onClick={() => void send('undoRestore', {}, () => ({ message: t('options_restore_undone') }))}>
              {t('options_restore_undo')}
            </Button>
          </p>
        )}
      </section>

      <QuarantineReport entries={quarantine} />
    </>
  );
}

function QuarantineReport({ entries }: { entries: Snapshot['quarantine'] }) {
  const { t, tag } = useLocale();
  const today = useToday();
  const { send } = useCommand();
  const [confirming, setConfirming] = useState(false);
  return (
    <section class={`panel${entries.length ? ' panel-warning' : ''}`} aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t('options_quarantine_title')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('options_quarantine_none')}</p>
      ) : (
        <>
          <p>{tCount(t, 'options_quarantine_explain', entries.length)}</p>
          <p class="muted">{t('options_quarantine_what_now')}</p>
          <ol class="quarantine-list">
            {entries.map((entry, i) => (
              <li key={i}>
                <p>
                  <strong>{t('options_quarantine_entry', { key: entry.key, date: new Date(entry.at).toLocaleString(tag) })}</strong>
                </p>
                <p>{t('options_quarantine_reason', { reason: entry.reason })}</p>
                <details>
                  <summary>{t('options_quarantine_show_record')}</summary>
                  <pre class="record">{JSON.stringify(entry.record, null, 2)}</pre>
                </details>
              </li>
            ))}
          </ol>
          <div class="form-actions">
            <Button
              onClick={() =>
                downloadFile(datedFileName('set-aside', today, 'json'), JSON.stringify(entries, null, 2) + '\n', 'application/json')
              }
            >
              {t('options_quarantine_download')}
            </Button>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {t('options_quarantine_clear')}
            </Button>
          </div>
          {confirming && (
            <ConfirmDialog
              title={t('options_quarantine_clear_title')}
              confirmLabel={t('options_quarantine_clear')}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                void send('clearQuarantine', {}, () => ({ message: t('options_quarantine_cleared') }));
              }}
            >
              <p>{t('options_quarantine_clear_body')}</p>
            </ConfirmDialog>
          )}
        </>
      )}
    </section>
  );
}
