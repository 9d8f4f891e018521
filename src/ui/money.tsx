import { formatMoney } from '../domain/money';
import type { Minor } from '../domain/model';
import { useLocale } from './locale';

/** An amount in the page's language: ¥1,234.56 / CN¥1,234.56. */
export function Money({ minor, currency, class: extra }: { minor: Minor; currency: string; class?: string }) {
  const { tag } = useLocale();
  return <span class={`num${extra ? ` ${extra}` : ''}`}>{formatMoney(minor, currency, tag)}</span>;
}
