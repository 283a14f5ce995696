import { Badge, Group, Progress, Text } from '@mantine/core';
import type { ActionStatus } from '@smartcity/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';

const statusColors: Readonly<Record<ActionStatus, string>> = {
  planned: 'gray.8',
  in_progress: 'blue.9',
  done: 'teal.9',
  delayed: 'red.9',
  cancelled: 'dark.6',
};

/** An action item's status. */
export function ActionStatusBadge({ status }: { readonly status: ActionStatus }) {
  const labels = useMasterplanLabels();
  return (
    <Badge color={statusColors[status]} variant="outline" style={{ flexShrink: 0 }}>
      {labels.actionStatus(status)}
    </Badge>
  );
}

/** Marks an action item whose year has ended while it is not done. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color="red.9"
      variant="filled"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      style={{ flexShrink: 0 }}
    >
      {t('masterplan.actions.overdue')}
    </Badge>
  );
}

/**
 * A progress bar with its figure in words beside it (the bar itself is hidden from screen
 * readers); "no action items yet" when there is none.
 */
export function ProgressFigure({
  value,
  label,
  width = 80,
}: {
  readonly value: number | null;
  /** What the figure is of, for screen readers (e.g. the programme's name). */
  readonly label?: string;
  readonly width?: number;
}) {
  const { t } = useTranslation();
  const format = useLocale();
  const text = value === null ? t('masterplan.progress.none') : format.percent(value);
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={value ?? 0}
        size="md"
        style={{ flex: 1, minWidth: 60 }}
        color={value !== null && value >= 100 ? 'teal' : 'blue'}
        aria-hidden
      />
      <Text size="sm" w={width} ta="right" style={{ flexShrink: 0 }}>
        {label ? <span className="visually-hidden">{label}: </span> : null}
        {text}
      </Text>
    </Group>
  );
}
