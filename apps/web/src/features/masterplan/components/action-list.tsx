import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
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

  if (wide) {
    const anyEditable = actions.some(editable);
    return (
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('masterplan.actions.colActivity')}</Table.Th>
              <Table.Th scope="col">{t('masterplan.actions.colYear')}</Table.Th>
              <Table.Th scope="col">{t('masterplan.actions.colOwner')}</Table.Th>
              <Table.Th scope="col">{t('masterplan.actions.colStatus')}</Table.Th>
              <Table.Th scope="col" w={180}>
                {t('masterplan.actions.colProgress')}
              </Table.Th>
              {anyEditable ? (
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('masterplan.actions.colActions')}</span>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td maw={320}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {a.activity}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('masterplan.actions.target', { target: a.outputTarget })}
                  </Text>
                  {context ? context(a) : null}
                </Table.Td>
                <Table.Td>{a.year}</Table.Td>
                <Table.Td>{unitShort(a.ownerUnitId)}</Table.Td>
                <Table.Td miw={150}>{status(a)}</Table.Td>
                <Table.Td>
                  <ProgressFigure value={a.progressPercent} label={a.activity} width={56} />
                </Table.Td>
                {anyEditable ? <Table.Td>{editButton(a)}</Table.Td> : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  return (
    <Stack gap="xs" component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
      {actions.map((a) => (
        <Card key={a.id} component="li" withBorder padding="sm">
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
          <ProgressFigure value={a.progressPercent} label={a.activity} width={56} />
        </Card>
      ))}
    </Stack>
  );
}
