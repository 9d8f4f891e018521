import { Button } from '../ui/button';
import { useT } from '../ui/locale';

/** Settings drawn as three sliders: tracks with a knob each. */
const SLIDERS = [
  'M4 6h9M17 6h3',
  'M4 12h3M11 12h9',
  'M4 18h11M19 18h1',
  'M13 6a2 2 0 1 0 4 0a2 2 0 1 0-4 0',
  'M7 12a2 2 0 1 0 4 0a2 2 0 1 0-4 0',
  'M15 18a2 2 0 1 0 4 0a2 2 0 1 0-4 0',
];

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
        <a
          class="btn btn-small btn-icon"
          href="options.html"
          target="_blank"
          rel="noopener"
          aria-label={t('popup_open_options')}
          title={t('popup_open_options')}
        >
          <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" aria-hidden="true">
            {SLIDERS.map((d) => (
              <path key={d} d={d} />
            ))}
          </svg>
        </a>
      </nav>
    </header>
  );
}
