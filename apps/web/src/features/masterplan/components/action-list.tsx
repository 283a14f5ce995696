import { Button, Group, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveList, type ListColumn } from '../../common/components/responsive-list';
import type { ActionDto } from '../masterplan-types';
import { ActionStatusBadge, OverdueBadge, ProgressFigure } from './masterplan-badges';

/**
 * Action items: activity, year, owner unit, output target, status (with the overdue flag) and
 * progress; a table on wide screens, cards on phones. `onEdit` is offered for the items the user
 * may change; `context` adds a line per item (e.g. its programme).
 */
export function ActionList({
  actions,
  label,
  unitShort,
  canEdit,
  onEdit,
  context,
}: {
  readonly actions: readonly ActionDto[];
  readonly label: string;
  readonly unitShort: (id: string) => string;
  readonly canEdit?: (action: ActionDto) => boolean;
  readonly onEdit?: (action: ActionDto) => void;
  readonly context?: (action: ActionDto) => ReactNode;
}) {
  const { t } = useTranslation();
  const editable = (a: ActionDto) => Boolean(onEdit && canEdit?.(a));
  const editButton = (a: ActionDto) =>
    editable(a) ? (
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPencil size={14} aria-hidden />}
        onClick={() => onEdit?.(a)}
        aria-label={t('masterplan.actions.editOf', { activity: a.activity })}
      >
        {t('masterplan.actions.edit')}
      </Button>
    ) : null;
  const status = (a: ActionDto) => (
    <Group gap={4} wrap="wrap">
      <ActionStatusBadge status={a.status} />
      {a.overdue ? <OverdueBadge /> : null}
    </Group>
  );

  const anyEditable = actions.some(editable);
  const columns: readonly ListColumn<ActionDto>[] = [
    {
      key: 'activity',
      header: t('masterplan.actions.colActivity'),
      cellProps: { maw: 320 },
      cell: (a) => (
        <>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {a.activity}
          </Text>
          <Text size="xs" c="dimmed">
            {t('masterplan.actions.target', { target: a.outputTarget })}
          </Text>
          {context ? context(a) : null}
        </>
      ),
    },
    { key: 'year', header: t('masterplan.actions.colYear'), cell: (a) => a.year },
    {
      key: 'owner',
      header: t('masterplan.actions.colOwner'),
      cell: (a) => unitShort(a.ownerUnitId),
    },
    {
      key: 'status',
      header: t('masterplan.actions.colStatus'),
      cellProps: { miw: 150 },
      cell: status,
    },
    {
      key: 'progress',
      header: t('masterplan.actions.colProgress'),
      width: 180,
      cell: (a) => <ProgressFigure value={a.progressPercent} label={a.activity} width={56} />,
    },
    // The actions column only when the user may change one of the items.
    ...(anyEditable
      ? [
          {
            key: 'edit',
            header: t('masterplan.actions.colActions'),
            hiddenHeader: true,
            cell: editButton,
          },
        ]
      : []),
  ];

  return (
    <ResponsiveList
      items={actions}
      itemKey={(a) => a.id}
      columns={columns}
      label={label}
      minWidth={720}
      highlightOnHover={false}
      card={(a, cell) => (
        <>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {a.activity}
          </Text>
          <Text size="xs" c="dimmed">
            {[
              String(a.year),
              unitShort(a.ownerUnitId),
              t('masterplan.actions.target', { target: a.outputTarget }),
            ].join(' · ')}
          </Text>
          {context ? context(a) : null}
          <Group justify="space-between" mt={6} gap="xs">
            {status(a)}
            {editButton(a)}
          </Group>
          {cell('progress')}
        </>
      )}
    />
  );
}
