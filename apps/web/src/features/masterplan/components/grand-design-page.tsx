import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Me, UnitByIdResponse } from '@smartcity/api';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { DetailStates } from '../../common/components/detail-states';
import { PageHeader } from '../../common/components/page-header';
import { AnchorLink } from '../../common/components/router-links';
import { StageBadge } from '../../innovations/components/stage-badge';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import { useUnitNames } from '../hooks/use-unit-names';
import {
  canEditAction,
  canManageMasterplan,
  ownActionUnit,
  masterplanActor,
} from '../masterplan-access';
import { useMasterplanTexts } from '../masterplan-texts';
import type { ActionDto, GrandDesignDto } from '../masterplan-types';
import { ActionFormModal } from './action-form-modal';
import { ActionList } from './action-list';
import { MasterplanSkeleton } from './masterplan-states';
import { ProgrammeList } from './programme-list';

type Innovation = GrandDesignDto['innovations'][number];

/** Whether an innovation is (or was) a quick win: it has reached that stage or has its status. */
function isQuickWin(innovation: Innovation): boolean {
  return (
    innovation.quickWinStatus !== null ||
    innovation.stage === 'quick_win' ||
    innovation.stage === 'evaluation' ||
    innovation.stage === 'sustained'
  );
}

/**
 * A unit's grand design: the programmes it leads or supports (with progress), the action items it
 * owns, its quick wins and its other innovations.
 */
export function GrandDesignPage({ me, unitId }: { readonly me: Me; readonly unitId: string }) {
  useMasterplanTexts();
  const trpc = useTRPC();
  const unit = useQuery(trpc.unit.byId.queryOptions({ id: unitId }));
  const design = useQuery(trpc.masterplan.grandDesign.queryOptions({ id: unitId }));
  return (
    <DetailStates queries={[unit, design]} skeleton={<MasterplanSkeleton />}>
      {(u, d) => <GrandDesign me={me} unit={u} design={d} />}
    </DetailStates>
  );
}

function GrandDesign({
  me,
  unit: u,
  design: d,
}: {
  readonly me: Me;
  readonly unit: UnitByIdResponse;
  readonly design: GrandDesignDto;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useMasterplanLabels();
  const units = useUnitNames();
  const overview = useQuery(trpc.masterplan.overview.queryOptions());
  const [editing, setEditing] = useState<ActionDto | null>(null);
  const ids = { programmes: useId(), actions: useId(), quickWins: useId(), innovations: useId() };
  const actor = masterplanActor(me);
  const unitId = u.id;
  const programmes = overview.data?.programmes ?? [];
  const programmeOf = (id: string) => programmes.find((p) => p.id === id);
  const quickWins = d.innovations.filter(isQuickWin);
  const others = d.innovations.filter((i) => !isQuickWin(i));
  const hasPlan = overview.data ? overview.data.masterplan !== null : true;

  const section = (id: string, title: string, body: ReactNode) => (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {body}
    </Card>
  );
  const innovationList = (items: readonly Innovation[], empty: string, labelId: string) =>
    items.length === 0 ? (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    ) : (
      <Stack
        gap={6}
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-labelledby={labelId}
      >
        {items.map((i) => (
          <li key={i.id}>
            <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <AnchorLink
                  to="/inovasi/$innovationId"
                  params={{ innovationId: i.id }}
                  fw={600}
                  size="sm"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {i.title}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {labels.dimension(i.dimension)}
                </Text>
              </div>
              <StageBadge stage={i.stage} />
            </Group>
          </li>
        ))}
      </Stack>
    );
  const editingProgramme = editing ? programmeOf(editing.programmeId) : undefined;

  return (
    <>
      <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId }} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('masterplan.grandDesign.back', { unit: u.shortName ?? u.name })}
        </Group>
      </AnchorLink>
      <PageHeader
        title={t('masterplan.grandDesign.title', { unit: u.name })}
        intro={t('masterplan.grandDesign.intro')}
      />
      {!hasPlan ? (
        <Text c="dimmed" mb="md">
          {t('masterplan.grandDesign.noPlan')}
        </Text>
      ) : null}
      <Stack gap="lg">
        {section(
          ids.programmes,
          t('masterplan.grandDesign.programmes', { count: d.programmes.length }),
          d.programmes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('masterplan.grandDesign.noProgrammes')}
            </Text>
          ) : (
            <Stack gap="xs">
              <Group gap={6}>
                <Badge variant="outline" color="blue.9">
                  {t('masterplan.grandDesign.leads', {
                    count: d.programmes.filter((p) => p.leadUnitId === unitId).length,
                  })}
                </Badge>
                <Badge variant="outline" color="gray.8">
                  {t('masterplan.grandDesign.supports', {
                    count: d.programmes.filter((p) => p.leadUnitId !== unitId).length,
                  })}
                </Badge>
              </Group>
              <ProgrammeList
                programmes={d.programmes}
                label={t('masterplan.grandDesign.programmesLabel', { unit: u.name })}
                unitShort={units.short}
              />
            </Stack>
          ),
        )}
        {section(
          ids.actions,
          t('masterplan.grandDesign.actions', { count: d.actions.length }),
          d.actions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('masterplan.grandDesign.noActions')}
            </Text>
          ) : (
            <ActionList
              actions={[...d.actions].sort((a, b) => a.year - b.year)}
              label={t('masterplan.grandDesign.actionsLabel', { unit: u.name })}
              unitShort={units.short}
              canEdit={(a) => canEditAction(actor, a) && programmeOf(a.programmeId) !== undefined}
              onEdit={setEditing}
              context={(a) => {
                const p = programmeOf(a.programmeId);
                return p ? (
                  <AnchorLink to="/rencana-induk" search={{ program: p.id }} size="xs">
                    {t('masterplan.roadmap.ofProgramme', { name: p.name })}
                  </AnchorLink>
                ) : null;
              }}
            />
          ),
        )}
        {section(
          ids.quickWins,
          t('masterplan.grandDesign.quickWins', { count: quickWins.length }),
          innovationList(quickWins, t('masterplan.grandDesign.noQuickWins'), ids.quickWins),
        )}
        {section(
          ids.innovations,
          t('masterplan.grandDesign.innovations', { count: others.length }),
          innovationList(others, t('masterplan.grandDesign.noInnovations'), ids.innovations),
        )}
      </Stack>
      {editing && editingProgramme ? (
        <ActionFormModal
          programme={editingProgramme}
          action={editing}
          units={units.units}
          ownUnitId={canManageMasterplan(actor) ? null : ownActionUnit(actor)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
