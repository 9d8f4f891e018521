/**
 * The scam warnings (src/domain/scams.ts), where people in debt look for help: the stage explainer,
 * the plan builder and the contact log.
 */
import { SCAM_WARNINGS } from '../domain/scams';
import { messageKey } from '../text/message-key';
import { useT } from './locale';
import { Cite } from './source-list';

export function ScamWarnings({ heading: Heading = 'h4' }: { heading?: 'h2' | 'h3' | 'h4' }) {
  const t = useT();
  return (
    <section class="scam-warnings" aria-label={t('scam_heading')}>
      <Heading>{t('scam_heading')}</Heading>
      <ul>
        {SCAM_WARNINGS.map((warning) => (
          <li key={warning.id} data-scam={warning.id}>
            {t(messageKey('scam', warning.id))}
            <Cite ids={warning.facts} />
          </li>
        ))}
      </ul>
    </section>
  );
}
