import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import type { Me } from '@smartcity/api';
import { dimensionKeys, type DimensionKey } from '@smartcity/domain';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { ImportLink } from '../../exchange/components/import-link';
import { ExportMenu } from '../../exports/components/export-menu';
import { QueryError } from '../../common/components/query-error';
import { useUnitNames } from '../hooks/use-unit-names';
import { canManageMasterplan, masterplanActor } from '../masterplan-access';
import type { MasterplanSearch } from '../masterplan-search';
import { useMasterplanTexts } from '../masterplan-texts';
import { BimtekProgress, VisionMission } from './bimtek-progress';
import { DimensionSection } from './dimension-section';
import { DownloadButtons } from './download-buttons';
import { MasterplanEditModal } from './masterplan-edit-modal';
import { MasterplanNav } from './masterplan-nav';
import { MasterplanSkeleton, NoMasterplan } from './masterplan-states';
import { ProgrammeDrawer } from './programme-drawer';
import { ProgrammeFormModal } from './programme-form-modal';
import { ProgressByDimension } from './progress-by-dimension';

/**
 * Rencana Induk: the masterplan's title, period and Bimtek record, its vision and mission,
 * progress per dimension, and per dimension its strategy and programmes (each opening a drawer
 * with its action items); the document as PDF and DOCX. Coordinators edit all of it.
 */
export function MasterplanPage({
  me,
  search,
  onSearchChange,
}: {
  readonly me: Me;
  readonly search: MasterplanSearch;
  readonly onSearchChange: (next: MasterplanSearch) => void;
}) {
  useMasterplanTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const overview = useQuery(trpc.masterplan.overview.queryOptions());
  const units = useUnitNames();
  const actor = masterplanActor(me);
  const canManage = canManageMasterplan(actor);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<DimensionKey | null>(null);

  if (overview.isPending) {
    return (
      <>
        <MasterplanNav current="overview" />
        <MasterplanSkeleton />
      </>
    );
  }
  if (overview.isError) {
    return (
      <>
        <MasterplanNav current="overview" />
        <PageHeader title={t('nav.masterplan')} />
        <QueryError onRetry={() => void overview.refetch()} />
      </>
    );
  }
  const data = overview.data;
  const plan = data.masterplan;
  if (!plan) {
    return (
      <>
        <MasterplanNav current="overview" />
        <PageHeader title={t('nav.masterplan')} />
        <NoMasterplan />
      </>
    );
  }
  const strategyOf = (d: DimensionKey) =>
    data.strategies.find((s) => s.dimension === d)?.text ?? '';
  const openProgramme = data.programmes.find((p) => p.id === search.program) ?? null;

  return (
    <>
      <MasterplanNav current="overview" />
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <PageHeader
          title={plan.title}
          intro={[
            t('masterplan.header.period', { start: plan.startYear, end: plan.endYear }),
            plan.bimtekStage
              ? t('masterplan.bimtek.reached', { stage: plan.bimtekStage })
              : t('masterplan.bimtek.notStarted'),
          ].join(' · ')}
        />
        <Group gap="xs" align="flex-start">
          {canManage ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('masterplan.header.edit')}
            </Button>
          ) : null}
          <ImportLink entity="programmes" />
          <DownloadButtons />
          <ExportMenu list="programmes" named />
          <ExportMenu list="action_items" named />
        </Group>
      </Group>
      <Stack gap="lg">
        <BimtekProgress masterplan={plan} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <VisionMission masterplan={plan} />
          <ProgressByDimension progress={data.progressByDimension} />
        </SimpleGrid>
        {dimensionKeys.map((d) => (
          <DimensionSection
            key={d}
            dimension={d}
            progress={data.progressByDimension[d]}
            strategy={strategyOf(d)}
            programmes={data.programmes.filter((p) => p.dimension === d)}
            canManage={canManage}
            unitShort={units.short}
            onAddProgramme={() => setAdding(d)}
          />
        ))}
      </Stack>
      <ProgrammeDrawer
        masterplan={plan}
        programme={openProgramme}
        actions={data.actions}
        actor={actor}
        units={units.units}
        unitName={units.name}
        unitShort={units.short}
        onClose={() => onSearchChange({})}
      />
      {editing ? <MasterplanEditModal masterplan={plan} onClose={() => setEditing(false)} /> : null}
      {adding ? (
        <ProgrammeFormModal
          masterplan={plan}
          programme={null}
          dimension={adding}
          units={units.units}
          onClose={() => setAdding(null)}
          onSaved={(id) => {
            setAdding(null);
            onSearchChange({ program: id });
          }}
        />
      ) : null}
    </>
  );
}
