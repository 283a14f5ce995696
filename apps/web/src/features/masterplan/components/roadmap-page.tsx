import { Badge, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { dimensionKeys, roadmapByYear, type DimensionKey } from '@smartcity/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { AnchorLink } from '../../common/components/router-links';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import { useUnitNames } from '../hooks/use-unit-names';
import type { RoadmapSearch } from '../masterplan-search';
import { useMasterplanTexts } from '../masterplan-texts';
import { ActionList } from './action-list';
import { MasterplanNav } from './masterplan-nav';
import { MasterplanSkeleton, NoMasterplan } from './masterplan-states';

/**
 * Peta jalan: year by year over the masterplan's period, the programmes running and the action
 * items due, filterable by dimension. Each year is a section (a phone scrolls through them).
 */
export function RoadmapPage({
  search,
  onSearchChange,
}: {
  readonly search: RoadmapSearch;
  readonly onSearchChange: (next: RoadmapSearch) => void;
}) {
  useMasterplanTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useMasterplanLabels();
  const units = useUnitNames();
  const overview = useQuery(trpc.masterplan.overview.queryOptions());
  const thisYear = new Date().getFullYear();

  const header = (
    <>
      <MasterplanNav current="roadmap" />
      <PageHeader title={t('masterplan.roadmap.title')} intro={t('masterplan.roadmap.intro')} />
    </>
  );
  if (overview.isPending) {
    return (
      <>
        {header}
        <MasterplanSkeleton />
      </>
    );
  }
  if (overview.isError) {
    return (
      <>
        {header}
        <QueryError onRetry={() => void overview.refetch()} />
      </>
    );
  }
  const plan = overview.data.masterplan;
  if (!plan) {
    return (
      <>
        {header}
        <NoMasterplan />
      </>
    );
  }
  const years = roadmapByYear({
    period: plan,
    programmes: overview.data.programmes,
    actions: overview.data.actions,
    dimension: search.dimensi,
  });
  const programmeName = new Map(overview.data.programmes.map((p) => [p.id, p.name]));

  return (
    <>
      {header}
      <NativeSelect
        label={t('masterplan.roadmap.dimensionFilter')}
        maw={320}
        mb="lg"
        value={search.dimensi ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onSearchChange(value === '' ? {} : { dimensi: value as DimensionKey });
        }}
        data={[
          { value: '', label: t('masterplan.roadmap.allDimensions') },
          ...dimensionKeys.map((d) => ({ value: d, label: labels.dimension(d) })),
        ]}
      />
      <Stack gap="lg">
        {years.map((y) => {
          const titleId = `tahun-${y.year}`;
          return (
            <Card key={y.year} withBorder component="section" aria-labelledby={titleId}>
              <Group gap="xs" mb="sm">
                <Title order={3} size="h4" id={titleId}>
                  {y.year}
                </Title>
                {y.year === thisYear ? (
                  <Badge color="blue.9" variant="filled">
                    {t('masterplan.roadmap.thisYear')}
                  </Badge>
                ) : null}
                <Text size="sm" c="dimmed">
                  {t('masterplan.roadmap.counts', {
                    programmes: y.programmes.length,
                    actions: y.actions.length,
                  })}
                </Text>
              </Group>
              {y.programmes.length === 0 && y.actions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('masterplan.roadmap.emptyYear')}
                </Text>
              ) : (
                <Stack gap="sm">
                  <div>
                    <Text fw={600} size="sm" mb={4}>
                      {t('masterplan.roadmap.programmesRunning')}
                    </Text>
                    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                      {y.programmes.map((p) => (
                        <li key={p.id}>
                          <Group gap="xs" wrap="wrap">
                            <AnchorLink
                              to="/rencana-induk"
                              search={{ program: p.id }}
                              size="sm"
                              fw={600}
                              style={{ overflowWrap: 'anywhere' }}
                            >
                              {p.name}
                            </AnchorLink>
                            <Text span size="xs" c="dimmed">
                              {[
                                labels.dimension(p.dimension),
                                `${p.startYear}–${p.endYear}`,
                                units.short(p.leadUnitId),
                              ].join(' · ')}
                            </Text>
                          </Group>
                        </li>
                      ))}
                    </Stack>
                  </div>
                  <div>
                    <Text fw={600} size="sm" mb={4}>
                      {t('masterplan.roadmap.actionsDue')}
                    </Text>
                    {y.actions.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('masterplan.roadmap.noActions')}
                      </Text>
                    ) : (
                      <ActionList
                        actions={y.actions}
                        label={t('masterplan.roadmap.actionsOf', { year: y.year })}
                        unitShort={units.short}
                        context={(a) => (
                          <Text size="xs" c="dimmed">
                            {t('masterplan.roadmap.ofProgramme', {
                              name: programmeName.get(a.programmeId) ?? '—',
                            })}
                          </Text>
                        )}
                      />
                    )}
                  </div>
                </Stack>
              )}
            </Card>
          );
        })}
      </Stack>
    </>
  );
}
