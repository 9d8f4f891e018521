import { Button } from '../ui/button';
import { useT } from '../ui/i18n';

/** The popup's title bar: add a debt or a plan here; everything else on the options page. */
export function Header({ onAdd }: { onAdd: (kind: 'debt' | 'plan') => void }) {
  const t = useT();
  return (
    <header class="popup-header">
      <h1>{t('extName')}</h1>
      <nav class="popup-nav" aria-label={t('popup_nav_label')}>
        <Button small onClick={() => onAdd('debt')}>
          {t('popup_add_debt_short')}
        </Button>
        <Button small onClick={() => onAdd('plan')}>
          {t('popup_add_plan_short')}
        </Button>
        <a class="btn btn-small" href="options.html" target="_blank" rel="noopener">
          {t('popup_open_options')}
        </a>
      </nav>
    </header>
  );
}
