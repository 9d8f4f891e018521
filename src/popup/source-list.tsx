import { SOURCES } from '../domain/sources';
import { useT } from '../ui/i18n';

/**
 * The sources behind what a panel shows, once each, in the order of the sources table, with their
 * reliability grade and a link where one was recorded.
 */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const wanted = new Set(ids);
  return (
    <ul class="sources">
      {SOURCES.filter((source) => wanted.has(source.id)).map((source) => (
        <li key={source.id}>
          {'url' in source ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            source.title
          )}{' '}
          <span class="muted">({t('popup_source_grade', { id: source.id, grade: source.grade })})</span>
        </li>
      ))}
    </ul>
  );
}
