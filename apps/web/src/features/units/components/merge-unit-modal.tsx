import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import type { UnitByIdResponse } from '@smartcity/api';
import { unitDisplayName } from '@smartcity/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { notify } from '../../common/notify';
import { useUnitErrorMessage } from '../hooks/use-unit-error';

/**
 * Merges a unit into its successor (a coordinator's): choose an active unit, read what moves to
 * it (the counts `unit.byId` gave) and that the merged unit becomes inactive, then confirm.
 */
export function MergeUnitModal({
  unit,
  onClose,
}: {
  readonly unit: UnitByIdResponse;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useUnitErrorMessage();
  const units = useQuery(trpc.unit.list.queryOptions({}));
  const [successorId, setSuccessorId] = useState<string | null>(null);
  const candidates = (units.data?.items ?? []).filter((u) => u.id !== unit.id);
  const successor = candidates.find((u) => u.id === successorId) ?? null;
  const merge = useMutation(
    trpc.unit.merge.mutationOptions({
      onSuccess: async (answer) => {
        // Everything that names a unit may have changed: lists, dashboards, the masterplan.
        await queryClient.invalidateQueries();
        notify({
          color: 'green',
          message: t('unitAdmin.merge.done', {
            name: answer.unit.name,
            successor: answer.successor.name,
          }),
        });
        onClose();
      },
    }),
  );
  const holdings = unit.holdings;
  const moves = holdings
    ? [
        t('unitAdmin.merge.innovations', { count: holdings.innovations }),
        t('unitAdmin.merge.actionItems', { count: holdings.actionItems }),
        t('unitAdmin.merge.programmes', { count: holdings.programmes }),
        t('unitAdmin.merge.users', { count: holdings.users }),
      ]
    : [];

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('unitAdmin.merge.title', { name: unit.name })}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">{t('unitAdmin.merge.intro')}</Text>
        <Select
          label={t('unitAdmin.merge.successor')}
          placeholder={t('unitAdmin.merge.successorPlaceholder')}
          required
          searchable
          nothingFoundMessage={t('unitAdmin.merge.noMatch')}
          data={candidates.map((u) => ({ value: u.id, label: u.name }))}
          value={successorId}
          onChange={setSuccessorId}
          data-autofocus
        />
        {successor ? (
          <div role="status">
            <Text size="sm" fw={600}>
              {t('unitAdmin.merge.moves', { successor: unitDisplayName(successor) })}
            </Text>
            <List size="sm" mt={4}>
              {moves.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              {t('unitAdmin.merge.after', { name: unit.name })}
            </Text>
          </div>
        ) : null}
        {merge.isError ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {errorMessage(merge.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('unitAdmin.form.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!successor}
            loading={merge.isPending}
            onClick={() =>
              successor &&
              merge.mutate({ id: unit.id, version: unit.version, successorId: successor.id })
            }
          >
            {t('unitAdmin.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
