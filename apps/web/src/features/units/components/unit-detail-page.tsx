import { Alert, Card, Group, Table } from '@mantine/core';
import { IconArrowLeft, IconArrowMerge, IconBulb, IconMap2 } from '@tabler/icons-react';
import type { UnitByIdResponse } from '@smartcity/api';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { AnchorLink } from '../../common/components/router-links';
import { DetailStates, PageSkeleton } from '../../common/components/detail-states';
import { PageHeader } from '../../common/components/page-header';
import { UnitMonitoring } from '../../dashboard/components/unit-monitoring';
import { useUnitTypeLabel } from '../hooks/use-unit-type-label';
import { useUnitAdminTexts } from '../unit-admin-texts';
import { UnitActions } from './unit-actions';

/**
 * One unit: its identity (and, for a merged unit, its successor), a link to its innovations and
 * its monitoring (scorecard, coverage of the six dimensions, stale and overdue items) and a link
 * to its grand design (masterplan). Those who manage units (the server says so) edit,
 * deactivate, reactivate and merge it here.
 */
export function UnitDetailPage({ unitId }: { readonly unitId: string }) {
  useUnitAdminTexts();
  const trpc = useTRPC();
  const unit = useQuery(trpc.unit.byId.queryOptions({ id: unitId }));
  return (
    <DetailStates
      queries={[unit]}
      skeleton={<PageSkeleton blocks={[{ height: 32, width: '60%' }, 120]} />}
    >
      {(u) => <UnitDetail unit={u} />}
    </DetailStates>
  );
}

function UnitDetail({ unit: u }: { readonly unit: UnitByIdResponse }) {
  const { t } = useTranslation();
  const typeLabel = useUnitTypeLabel();
  const back = (
    <AnchorLink to="/perangkat-daerah" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('units.backToList')}
      </Group>
    </AnchorLink>
  );
  return (
    <>
      {back}
      <PageHeader title={u.name} intro={u.shortName ?? undefined} />
      {u.can.manage ? <UnitActions unit={u} /> : null}
      {u.successor ? (
        <Alert color="blue" variant="light" icon={<IconArrowMerge aria-hidden />} mb="md" maw={640}>
          {t('unitAdmin.mergedNotice', { successor: u.successor.name })}
        </Alert>
      ) : null}
      <Card withBorder maw={640}>
        <Table variant="vertical" layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={140}>{t('units.type')}</Table.Th>
              <Table.Td>{typeLabel(u.type)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('units.detailRegion')}</Table.Th>
              <Table.Td>
                {u.region.name}, {u.region.province}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('units.detailCode')}</Table.Th>
              <Table.Td>{u.code}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('units.detailStatus')}</Table.Th>
              <Table.Td>{u.active ? t('units.active') : t('units.inactive')}</Table.Td>
            </Table.Tr>
            {u.successor ? (
              <Table.Tr>
                <Table.Th>{t('unitAdmin.mergedInto')}</Table.Th>
                <Table.Td>
                  <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: u.successor.id }}>
                    {u.successor.name}
                  </AnchorLink>
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        </Table>
      </Card>
      <Group gap="lg" mt="lg">
        <AnchorLink to="/inovasi" search={{ unitId: u.id }}>
          <Group gap={4} component="span">
            <IconBulb size={16} aria-hidden />
            {t('units.viewInnovations')}
          </Group>
        </AnchorLink>
        <AnchorLink to="/perangkat-daerah/$unitId/grand-design" params={{ unitId: u.id }}>
          <Group gap={4} component="span">
            <IconMap2 size={16} aria-hidden />
            {t('units.viewGrandDesign')}
          </Group>
        </AnchorLink>
      </Group>
      <UnitMonitoring unitId={u.id} />
    </>
  );
}
