/**
 * The options page: every section of DueGuard beyond the popup, one at a time, chosen by the URL
 * hash so that the popup and notifications can link straight to one (see route.ts).
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { AppShell } from '../ui/app-shell';
import type { Snapshot } from '../ui/store';
import { routeHash, SECTIONS, useRoute, type Route, type SectionId } from './route';
import { CalendarSection } from './sections/calendar';
import { ContactsSection } from './sections/contacts';
import { DataSection } from './sections/data';
import { DebtsSection } from './sections/debts';
import { ExportSection } from './sections/export';
import { ImportSection } from './sections/import';
import { PlansSection } from './sections/plans';
import { SettingsSection } from './sections/settings';
import { TriageSection } from './sections/triage';
import { useT } from '../ui/locale';
import { tCount } from '../text/translate';

export function OptionsApp() {
  return <AppShell render={(snapshot) => <OptionsPage snapshot={snapshot} />} />;
}

type SectionView = (props: { snapshot: Snapshot; route: Route }) => preact.JSX.Element;

const VIEWS: Record<SectionId, SectionView> = {
  debts: DebtsSection,
  triage: TriageSection,
  plans: PlansSection,
  calendar: CalendarSection,
  contacts: ContactsSection,
  import: ImportSection,
  export: ExportSection,
  data: DataSection,
  settings: SettingsSection,
};

export function OptionsPage({ snapshot }: { snapshot: Snapshot }) {
  const t = useT();
  const route = useRoute();
  const View = VIEWS[route.section];
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // Set once the first render with data is in the DOM, as the popup does: tests and the bench wait for it.
  useLayoutEffect(() => {
    document.body.dataset.ready = '1';
  }, []);
  // Moving between sections moves focus to the new section's heading, so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route.section]);
  useEffect(() => {
    document.title = `${t(`options_nav_${route.section}`)} · DueGuard`;
  }, [route.section, t]);

  return (
    <div class="options-layout">
      <header class="options-header no-print">
        <p class="options-brand">
          <img src="icons/icon-32.png" alt="" width={24} height={24} />
          <span>DueGuard</span>
        </p>
        <nav aria-label={t('options_nav_label')}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section}>
                <a href={routeHash(section)} aria-current={section === route.section ? 'page' : undefined}>
                  {t(`options_nav_${section}`)}
                  {section === 'data' && snapshot.quarantine.length > 0 && (
                    <span class="nav-badge" aria-label={tCount(t, 'options_nav_quarantine_badge', snapshot.quarantine.length)}>
                      {snapshot.quarantine.length}
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={main} class="options-main" id={`section-${route.section}`}>
        <View key={[route.section, ...route.args].join('/')} snapshot={snapshot} route={route} />
      </main>
    </div>
  );
}
