import { SOURCES } from '../domain/sources';
import { messageKey } from '../text/message-key';
import { useT } from '../ui/locale';

/**
 * The sources behind what a panel shows, once each, in the order of the sources table: a title in
 * the reader's language (the original title on hover), the reliability grade, and a link where one was
 * recorded.
 */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const wanted = new Set(ids);
  return (
    <ul class="sources">
      {SOURCES.filter((source) => wanted.has(source.id)).map((source) => (
        <li key={source.id}>
          {'url' in source ? (
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
