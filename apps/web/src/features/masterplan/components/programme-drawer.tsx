import {
  Anchor,
  Badge,
  Button,
  Drawer,
  EmptyState,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconListCheck, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationOptions } from '../hooks/use-innovation-options';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import type { UnitOption } from '../hooks/use-unit-names';
import {
  canAddAction,
  canEditAction,
  canManageMasterplan,
  ownActionUnit,
  type MasterplanActor,
} from '../masterplan-access';
import type { ActionDto, MasterplanDto, ProgrammeDto } from '../masterplan-types';
import { ActionFormModal } from './action-form-modal';
import { ActionList } from './action-list';
import { ProgressFigure } from './masterplan-badges';
import { ProgrammeFormModal } from './programme-form-modal';
import { ExportMenu } from '../../exports/components/export-menu';

/**
 * A programme in a drawer: its fields, its linked innovations and its action items (status,
 * progress, overdue). Coordinators edit the programme and every item; units add and update their
 * own items.
 */
export function ProgrammeDrawer({
  masterplan,
  programme,
  actions,
  actor,
  units,
  unitName,
  unitShort,
  onClose,
}: {
  readonly masterplan: MasterplanDto;
  readonly programme: ProgrammeDto | null;
  readonly actions: readonly ActionDto[];
  readonly actor: MasterplanActor;
  readonly units: readonly UnitOption[];
  readonly unitName: (id: string) => string;
  readonly unitShort: (id: string) => string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useMasterplanLabels();
  const format = useLocale();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [editing, setEditing] = useState(false);
  const [actionForm, setActionForm] = useState<{ action: ActionDto | null } | null>(null);
  const innovations = useInnovationOptions(
    programme !== null && programme.innovationIds.length > 0,
  );
  const items = programme
    ? actions
        .filter((a) => a.programmeId === programme.id)
        .sort((a, b) => a.year - b.year || a.activity.localeCompare(b.activity))
    : [];

  const row = (label: string, value: string) => (
    <Table.Tr>
      <Table.Th w={170} scope="row">
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
    </Table.Tr>
  );

  return (
    <>
      <Drawer
        opened={programme !== null}
        onClose={onClose}
        position="right"
        size={phone ? '100%' : 'xl'}
        title={
          programme ? (
            <Text fw={700} size="lg" component="span">
              {programme.name}
            </Text>
          ) : null
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {programme ? (
          <Stack gap="md">
            <Group gap="xs">
              <Badge variant="outline" color="blue.9">
                {labels.dimension(programme.dimension)}
              </Badge>
              <Badge variant="outline" color="gray.8">
                {labels.element(programme.element)}
              </Badge>
              <Badge variant="outline" color="grape.9">
                {labels.horizonShort(programme.horizon)}
              </Badge>
            </Group>
            {programme.description.trim() ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {programme.description}
              </Text>
            ) : null}
            <ProgressFigure
              value={programme.progress}
              label={t('masterplan.programmes.colProgress')}
            />
            <Table variant="vertical" layout="fixed">
              <Table.Tbody>
                {row(
                  t('masterplan.programmes.colYears'),
                  programme.startYear === programme.endYear
                    ? String(programme.startYear)
                    : `${programme.startYear}–${programme.endYear}`,
                )}
                {row(t('masterplan.programmes.colHorizon'), labels.horizon(programme.horizon))}
                {row(t('masterplan.programmes.colLead'), unitName(programme.leadUnitId))}
                {row(
                  t('masterplan.programmeForm.supportingUnits'),
                  programme.supportingUnitIds.length === 0
                    ? '—'
                    : programme.supportingUnitIds.map(unitShort).join(', '),
                )}
                {row(
                  t('masterplan.programmeForm.budget'),
                  `${format.money(programme.budget)} (${labels.fundingSource(programme.fundingSource)})`,
                )}
                {row(t('masterplan.programmeForm.reference'), programme.reference.trim() || '—')}
              </Table.Tbody>
            </Table>
            {canManageMasterplan(actor) ? (
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  onClick={() => setEditing(true)}
                >
                  {t('masterplan.programmes.edit')}
                </Button>
              </Group>
            ) : null}

            <section aria-labelledby="programme-innovations">
              <Title order={3} size="h5" id="programme-innovations" mb={4}>
                {t('masterplan.programmes.linkedInnovations', {
                  count: programme.innovationIds.length,
                })}
              </Title>
              {programme.innovationIds.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('masterplan.programmes.noInnovations')}
                </Text>
              ) : (
                <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {programme.innovationIds.map((id) => {
                    const found = innovations.data?.find((i) => i.id === id);
                    return (
                      <li key={id}>
                        <AnchorLink
                          to="/inovasi/$innovationId"
                          params={{ innovationId: id }}
                          size="sm"
                        >
                          {found ? found.title : t('masterplan.programmes.innovationLink')}
                        </AnchorLink>
                        {found ? (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            · {found.unitShortName ?? found.unitName}
                          </Text>
                        ) : null}
                      </li>
                    );
                  })}
                </Stack>
              )}
            </section>

            <section aria-labelledby="programme-actions">
              <Group justify="space-between" mb="xs">
                <Title order={3} size="h5" id="programme-actions">
                  {t('masterplan.actions.title', { count: items.length })}
                </Title>
                <Group gap="xs" align="flex-start">
                  <ExportMenu list="action_items" input={{ programmeId: programme.id }} size="xs" />
                  {canAddAction(actor) ? (
                    <Button
                      size="xs"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      onClick={() => setActionForm({ action: null })}
                    >
                      {t('masterplan.actions.add')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
              {items.length === 0 ? (
                <EmptyState
                  icon={<IconListCheck aria-hidden />}
                  title={t('masterplan.actions.emptyTitle')}
                  description={t('masterplan.actions.emptyBody')}
                />
              ) : (
                <ActionList
                  actions={items}
                  label={t('masterplan.actions.listOf', { name: programme.name })}
                  unitShort={unitShort}
                  canEdit={(a) => canEditAction(actor, a)}
                  onEdit={(a) => setActionForm({ action: a })}
                />
              )}
            </section>
            <Anchor component="button" type="button" size="sm" onClick={onClose} ta="left">
              {t('masterplan.programmes.backToList')}
            </Anchor>
          </Stack>
        ) : null}
      </Drawer>
      {editing && programme ? (
        <ProgrammeFormModal
          masterplan={masterplan}
          programme={programme}
          dimension={programme.dimension}
          units={units}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
      {actionForm && programme ? (
        <ActionFormModal
          programme={programme}
          action={actionForm.action}
          units={units}
          ownUnitId={canManageMasterplan(actor) ? null : ownActionUnit(actor)}
          onClose={() => setActionForm(null)}
        />
      ) : null}
    </>
  );
}
