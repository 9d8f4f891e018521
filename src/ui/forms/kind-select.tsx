import { DEBT_KINDS, type DebtKind } from '../../domain/model';
import type { ControlProps } from './field';
import { messageKey } from '../../text/message-key';
import { useT } from '../locale';

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
