import { Button, Group, Modal, Text } from '@mantine/core';
import type { UnitByIdResponse } from '@smartcity/api';
import { IconArrowMerge, IconPencil, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { notify } from '../../common/notify';
import { useUnitErrorMessage } from '../hooks/use-unit-error';
import { MergeUnitModal } from './merge-unit-modal';
import { UnitFormModal } from './unit-form-modal';

type Dialog = 'none' | 'edit' | 'activation' | 'merge';

/**
 * A coordinator's actions on a unit's page: edit it, deactivate or reactivate it (confirmed),
 * and merge it into a successor. A merged unit keeps only its edit (its records moved).
 */
export function UnitActions({ unit }: { readonly unit: UnitByIdResponse }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useUnitErrorMessage();
  const [dialog, setDialog] = useState<Dialog>('none');
  const close = () => setDialog('none');
  const activation = useMutation(
    trpc.unit.setActive.mutationOptions({
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries({ queryKey: trpc.unit.pathKey() });
        notify({
          color: 'green',
          message: t(saved.active ? 'unitAdmin.reactivate.done' : 'unitAdmin.deactivate.done', {
            name: saved.name,
          }),
        });
        close();
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error) }),
    }),
  );
  const merged = unit.successorUnitId !== null;
  const confirm = unit.active ? 'deactivate' : 'reactivate';

  return (
    <>
      <Group gap="xs" mb="md">
        <Button
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => setDialog('edit')}
        >
          {t('unitAdmin.actions.edit')}
        </Button>
        {merged ? null : (
          <>
            <Button
              variant="default"
              leftSection={
                unit.active ? (
                  <IconPlayerPause size={16} aria-hidden />
                ) : (
                  <IconPlayerPlay size={16} aria-hidden />
                )
              }
              onClick={() => setDialog('activation')}
            >
              {unit.active ? t('unitAdmin.actions.deactivate') : t('unitAdmin.actions.reactivate')}
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconArrowMerge size={16} aria-hidden />}
              onClick={() => setDialog('merge')}
            >
              {t('unitAdmin.actions.merge')}
            </Button>
          </>
        )}
      </Group>
      {dialog === 'edit' ? <UnitFormModal unit={unit} onClose={close} /> : null}
      {dialog === 'merge' ? <MergeUnitModal unit={unit} onClose={close} /> : null}
      {dialog === 'activation' ? (
        <Modal opened onClose={close} title={t(`unitAdmin.${confirm}.title`, { name: unit.name })}>
          <Text size="sm">{t(`unitAdmin.${confirm}.body`)}</Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={close}>
              {t('unitAdmin.form.cancel')}
            </Button>
            <Button
              color={unit.active ? 'red' : undefined}
              loading={activation.isPending}
              onClick={() =>
                activation.mutate({ id: unit.id, version: unit.version, active: !unit.active })
              }
            >
              {t(`unitAdmin.${confirm}.confirm`)}
            </Button>
          </Group>
        </Modal>
      ) : null}
    </>
  );
}
