/**
 * One small line glyph per kind of debt (no emoji: they render differently on every system and
 * carry no accessible name). Drawn on a 24-unit grid with the current text colour.
 */
import type { DebtKind } from '../domain/model';
import { messageKey } from '../text/message-key';
import { useT } from './locale';

/** A circle of radius r around (x, y) as path data. */
const circle = (x: number, y: number, r: number) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

const STROKES: Record<DebtKind, string[]> = {
  // 花呗: a flower.
  huabei: [circle(12, 7, 3), circle(17, 12, 3), circle(12, 17, 3), circle(7, 12, 3), circle(12, 12, 1.5)],
  // 借呗: a stack of coins.
  jiebei: [
    'M5 7c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3Z',
    'M5 7v5c0 1.7 3.1 3 7 3s7-1.3 7-3V7',
    'M5 12v5c0 1.7 3.1 3 7 3s7-1.3 7-3v-5',
  ],
  'credit-card': ['M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z', 'M3 10h18', 'M7 15h4'],
  // 白条: an IOU slip.
  baitiao: ['M6 3h12v18l-3-2-3 2-3-2-3 2Z', 'M9 8h6', 'M9 12h6', 'M9 16h3'],
  // 美团月付: a shopping bag.
  meituan: ['M5 8h14l-1.2 12H6.2Z', 'M9 10V7a3 3 0 0 1 6 0v3'],
  // A loan: a bank.
  loan: ['M3 10l9-6 9 6', 'M5 10v8', 'M10 10v8', 'M14 10v8', 'M19 10v8', 'M3 20h18'],
  other: ['M4 7h16', 'M4 12h16', 'M4 17h10'],
};

/** Each glyph as one path (a list of rows has one icon per row: fewer elements, faster to open). */
const GLYPHS = Object.fromEntries(Object.entries(STROKES).map(([kind, strokes]) => [kind, strokes.join('')])) as Record<DebtKind, string>;

/** The kind's glyph, named for screen readers by the kind's name ("花呗", "Credit card"). */
export function KindIcon({ kind }: { kind: DebtKind }) {
  const t = useT();
  return (
    <span class={`kind-icon kind-${kind}`} role="img" aria-label={t(messageKey('kind', kind))}>
      <svg
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
        aria-hidden="true"
      >
        <path d={GLYPHS[kind]} />
      </svg>
    </span>
  );
}
