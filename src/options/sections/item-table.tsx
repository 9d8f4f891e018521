/**
 * The table debts and plans share: one row group per item (name with kind icon and links, its
 * cells, its actions), with an optional note below and the edit form or payment history opening
 * in place under the row; and the confirmed delete whose toast offers Undo.
 */
import type { ComponentChildren } from 'preact';
import type { DebtKind } from '../../domain/model';
import { Button } from '../../ui/button';
import { KindIcon } from '../../ui/kind-icon';
import { useCommand } from '../../ui/command';
import { ConfirmDialog } from '../confirm-dialog';
import { useT } from '../../ui/locale';

export type Panel = 'edit' | 'payments';

export function ItemTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: { label: string; num?: boolean }[];
  children: ComponentChildren;
}) {
  const t = useT();
  return (
    <div class="table-scroll">
      <table class="table items-table">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_col_name')}</th>
            {columns.map((column) => (
              <th key={column.label} scope="col" class={column.num ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
            <th scope="col">
              <span class="sr-only">{t('options_col_actions')}</span>
            </th>
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

export interface ItemGroupProps {
  kind: DebtKind;
  name: string;
  /** A second line under the name (what a plan settles). */
  sub?: ComponentChildren;
  /** Links under the name (contact log, negotiate a plan). */
  links: ComponentChildren;
  /** One entry per column after the name; `num` aligns it as a number. */
  cells: { content: ComponentChildren; num?: boolean }[];
  /** A full-width line under the row (a plan at risk). */
  note?: ComponentChildren;
  panel: Panel | null;
  onPanel: (panel: Panel | null) => void;
  onDelete: () => void;
  /** A heading for screen readers above the edit form ("Edit …"). */
  editTitle: string;
  edit: () => ComponentChildren;
  history: () => ComponentChildren;
}

export function ItemGroup({ kind, name, sub, links, cells, note, panel, onPanel, onDelete, editTitle, edit, history }: ItemGroupProps) {
  const t = useT();
  const span = cells.length + 2;
  const toggle = (which: Panel) => onPanel(panel === which ? null : which);
  const detail = (content: ComponentChildren) => (
    <tr class="item-detail">
      <td colSpan={span}>{content}</td>
    </tr>
  );
  return (
    <tbody class="item-group">
      <tr>
        <th scope="row">
          <span class="item-name">
            <KindIcon kind={kind} />
            <span>
              {name}
              {sub && <span class="muted item-sub">{sub}</span>}
            </span>
          </span>
          <span class="item-links">{links}</span>
        </th>
        {cells.map((cell, i) => (
          <td key={i} class={cell.num ? 'num' : undefined}>
            {cell.content}
          </td>
        ))}
        <td>
          <div class="row-actions">
            <Button small onClick={() => toggle('payments')} aria-expanded={panel === 'payments'}>
              {t('options_payments')}
            </Button>
            <Button small onClick={() => toggle('edit')} aria-expanded={panel === 'edit'}>
              {t('options_edit')}
            </Button>
            <Button small variant="danger" onClick={onDelete}>
              {t('options_delete')}
            </Button>
          </div>
        </td>
      </tr>
      {note && (
        <tr class="item-note">
          <td colSpan={span}>{note}</td>
        </tr>
      )}
      {panel === 'edit' &&
        detail(
          <>
            <h2 class="sr-only">{editTitle}</h2>
            {edit()}
          </>,
        )}
      {panel === 'payments' && detail(history())}
    </tbody>
  );
}

export interface ConfirmDeleteProps {
  command: 'deleteDebt' | 'deletePlan';
  item: { id: string; name: string };
  title: string;
  body: string;
  /** The toast after deleting ("Deleted “…”."), which offers Undo. */
  deleted: string;
  onClose: () => void;
}

/** Asks before deleting; once deleted, the toast's Undo sends back exactly what was removed. */
export function ConfirmDelete({ command, item, title, body, deleted, onClose }: ConfirmDeleteProps) {
  const t = useT();
  const { send } = useCommand();
  const confirm = () => {
    onClose();
    void send(command, { id: item.id }, (removed) => ({
      message: deleted,
      action: {
        label: t('options_undo'),
        run: () => void send('restoreItems', removed, () => ({ message: t('options_restored_item', { name: item.name }) })),
      },
    }));
  };
  return (
    <ConfirmDialog title={title} confirmLabel={t('options_delete')} onCancel={onClose} onConfirm={confirm}>
      <p>{body}</p>
    </ConfirmDialog>
  );
}
