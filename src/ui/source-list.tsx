import { SOURCES, type Source } from '../domain/sources';
import { messageKey } from '../text/message-key';
import { useT } from './locale';

/**
 * The sources behind what a panel shows, once each, in the order of the sources table: a title in
 * the reader's language (the original title on hover), the reliability grade, and a link where one was
 * recorded. `inline`: one small line under the figure it backs ("Sources: …").
 *
 * Only statute, regulation and standard texts and news are linked (grades R1, R2, S): the blogs and
 * Q&A pages behind B and C figures are named, not linked, since many advertise paid "debt
 * negotiation" agents to exactly the people reading this.
 */
export function SourceList({ ids, inline = false }: { ids: readonly string[]; inline?: boolean }) {
  const t = useT();
  const wanted = new Set(ids);
  if (wanted.size === 0) return null;
  return (
    <ul class={inline ? 'sources sources-inline' : 'sources'} aria-label={inline ? t('ui_sources') : undefined}>
      {SOURCES.filter((source) => wanted.has(source.id)).map((source) => (
        <li key={source.id}>
          {linkable(source) ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
              {t(messageKey('source', source.id))}
            </a>
          ) : (
            t(messageKey('source', source.id))
          )}{' '}
          <span class="muted">
            ({source.id}: {t(messageKey('source_grade', source.grade))})
          </span>
        </li>
      ))}
    </ul>
  );
}

function linkable(source: Source): source is Source & { url: string } {
  return source.url !== undefined && (source.grade === 'R1' || source.grade === 'R2' || source.grade === 'S');
}
