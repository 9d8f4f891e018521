import { messageKey } from '../../domain/message-key';
import { DEBT_KINDS, type DebtKind } from '../../domain/model';
import { useT } from '../i18n';
import type { ControlProps } from './field';

/** A `<select>` of the debt kinds by their localized names. */
export function KindSelect({ value, onChange, ...control }: ControlProps & { value: DebtKind; onChange: (kind: DebtKind) => void }) {
  const t = useT();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.currentTarget.value as DebtKind)}>
      {DEBT_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(messageKey('kind', kind))}
        </option>
      ))}
    </select>
  );
}
