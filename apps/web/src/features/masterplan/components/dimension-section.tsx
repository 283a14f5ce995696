import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { DimensionKey } from '@smartcity/domain';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import type { ProgrammeDto } from '../masterplan-types';
import { ProgressFigure } from './masterplan-badges';
import { ProgrammeList } from './programme-list';
import { StrategyEditor } from './strategy-editor';

/** One dimension of the masterplan: its progress, its strategy and its programmes. */
export function DimensionSection({
  dimension,
  progress,
  strategy,
  programmes,
  canManage,
  unitShort,
  onAddProgramme,
}: {
  readonly dimension: DimensionKey;
  readonly progress: number | null;
  readonly strategy: string;
  readonly programmes: readonly ProgrammeDto[];
  readonly canManage: boolean;
  readonly unitShort: (id: string) => string;
  readonly onAddProgramme: () => void;
}) {
  const { t } = useTranslation();
  const labels = useMasterplanLabels();
  const label = labels.dimension(dimension);
  const titleId = `dimensi-${dimension}-judul`;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={titleId}
      id={`dimensi-${dimension}`}
      style={{ scrollMarginTop: 72 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={titleId}>
            {label}
          </Title>
          <div style={{ width: 220, maxWidth: '100%' }}>
            <ProgressFigure
              value={progress}
              label={t('masterplan.progress.of', { dimension: label })}
              width={110}
            />
          </div>
        </Group>
        <StrategyEditor
          key={strategy}
          dimension={dimension}
          dimensionLabel={label}
          text={strategy}
          canEdit={canManage}
        />
        <Group justify="space-between" align="center" gap="xs">
          <Text fw={600} size="sm">
            {t('masterplan.programmes.title', { count: programmes.length })}
          </Text>
          {canManage ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={onAddProgramme}
              aria-label={t('masterplan.programmes.addTo', { dimension: label })}
            >
              {t('masterplan.programmes.add')}
            </Button>
          ) : null}
        </Group>
        {programmes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('masterplan.programmes.none')}
          </Text>
        ) : (
          <ProgrammeList
            programmes={programmes}
            label={t('masterplan.programmes.listOf', { dimension: label })}
            unitShort={unitShort}
          />
        )}
      </Stack>
    </Card>
  );
}
