import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { SOURCES, type Source } from '../domain/sources';
import { messageKey } from '../text/message-key';
import { useT } from './locale';

/** The sources among `ids`, once each, in the order of the sources table. */
const sourcesOf = (ids: readonly string[]): Source[] => {
  const wanted = new Set(ids);
  return SOURCES.filter((source) => wanted.has(source.id));
};

/**
 * The sources behind what a panel shows: a title in the reader's language (the original title on
 * hover), the reliability grade, and a link where one was recorded. `inline`: one small line under
 * the figure it backs ("Sources: …").
 */
export function SourceList({ ids, inline = false }: { ids: readonly string[]; inline?: boolean }) {
  const t = useT();
  const sources = sourcesOf(ids);
  if (sources.length === 0) return null;
  return (
    <ul class={inline ? 'sources sources-inline' : 'sources'} aria-label={inline ? t('ui_sources') : undefined}>
      {sources.map((source) => (
        <li key={source.id}>
          <SourceEntry source={source} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A claim's own source marker, right after the sentence it backs: "[CR7, CR11]", which opens the
 * titles and grades in place. Phrasing content only, so it fits inside a paragraph.
 */
export function Cite({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const sources = sourcesOf(ids);
  if (sources.length === 0) return null;
  return (
    <>
      {' '}
      <button type="button" class="cite" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        [{sources.map((s) => s.id).join(', ')}]<span class="sr-only"> {t('ui_sources')}</span>
      </button>
      {open && (
        <span id={id} class="cite-sources">
          {sources.map((source) => (
            <span key={source.id} class="cite-source">
              <SourceEntry source={source} />
            </span>
          ))}
        </span>
      )}
    </>
  );
}

/** A paragraph that states something, with its source marker after it. */
export function Claim({ ids, muted = false, children }: { ids: readonly string[]; muted?: boolean; children: ComponentChildren }) {
  return (
    <p class={muted ? 'muted' : undefined}>
      {children}
      <Cite ids={ids} />
    </p>
  );
}

/**
 * One source. Only statute, regulation and standard texts and news are linked (grades R1, R2, S):
 * the blogs and Q&A pages behind B and C figures are named, not linked, since many advertise paid
 * "debt negotiation" agents to exactly the people reading this.
 */
function SourceEntry({ source }: { source: Source }) {
  const t = useT();
  const title = t(messageKey('source', source.id));
  return (
    <>
      {linkable(source) ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
          {title}
        </a>
      ) : (
        <span title={source.title}>{title}</span>
      )}{' '}
      <span class="muted">
        ({source.id}: {t(messageKey('source_grade', source.grade))})
      </span>
    </>
  );
}

function linkable(source: Source): source is Source & { url: string } {
  return source.url !== undefined && (source.grade === 'R1' || source.grade === 'R2' || source.grade === 'S');
}
