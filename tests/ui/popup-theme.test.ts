// theme.css meets WCAG AA in light and dark: every text colour on every background it is used on
// reaches 4.5:1, focus rings and control borders 3:1 (WCAG 1.4.3, 1.4.11).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const CSS = fs.readFileSync('src/ui/theme.css', 'utf8');
const TOKENS = new Map(
  [...CSS.matchAll(/--([\w-]+): light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/g)].map((m) => [m[1]!, [m[2]!, m[3]!] as const]),
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const STAGES = ['reminders', 'calls', 'contacts', 'visits', 'legal'];
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'danger-soft'],
  ['text', 'warning-soft'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['danger', 'bg'],
  ['danger', 'surface'],
  ['danger', 'danger-soft'],
  ['warning', 'bg'],
  ['warning', 'surface'],
  ['warning', 'warning-soft'],
  ['success', 'bg'],
  ['success', 'surface'],
  ['success', 'success-soft'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'accent-soft'],
  ['accent-text', 'accent'],
  ['bg', 'danger'],
  ['bg', 'text'],
  ...STAGES.flatMap((s): [string, string][] => [
    [`stage-${s}`, 'bg'],
    [`stage-${s}`, 'surface'],
  ]),
];
const NON_TEXT_PAIRS: [string, string][] = [
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['control-border', 'bg'],
  ['control-border', 'surface'],
];

describe.each([
  { mode: 'light', i: 0 },
  { mode: 'dark', i: 1 },
])('theme.css in $mode', ({ i }) => {
  const color = (token: string) => {
    const pair = TOKENS.get(token);
    if (!pair) throw new Error(`no token --${token}`);
    return pair[i]!;
  };
  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(NON_TEXT_PAIRS)('%s on %s reaches 3:1', (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(3);
  });
});
