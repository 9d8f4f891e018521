import { Button } from '../ui/button';
import { optionsHref } from '../ui/links';
import { useT } from '../ui/locale';

/** First run: nothing stored yet. Two ways in: type a debt, or import a CSV on the options page. */
export function EmptyState({ onAddDebt }: { onAddDebt: () => void }) {
  const t = useT();
  return (
    <main class="empty-state">
      <h2>{t('popup_empty_title')}</h2>
      <p>{t('popup_empty_body')}</p>
      <div class="empty-actions">
        <Button variant="primary" onClick={onAddDebt}>
          {t('popup_add_debt')}
        </Button>
        <a class="btn btn-secondary" href={optionsHref('import')} target="_blank" rel="noopener">
          {t('popup_import_csv')}
        </a>
      </div>
      <p class="muted">{t('popup_empty_privacy')}</p>
    </main>
  );
}
