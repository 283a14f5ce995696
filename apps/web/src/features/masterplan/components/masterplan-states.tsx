import { Button, EmptyState, Skeleton, Stack } from '@mantine/core';
import { IconMap2, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/hooks/use-me';
import { canManageMasterplan, masterplanActor } from '../masterplan-access';
import { MasterplanCreateModal } from './masterplan-create-modal';

/** The skeleton of a Rencana Induk page while its data loads. */
export function MasterplanSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={32} width="60%" />
      <Skeleton height={16} width="30%" />
      <Skeleton height={140} />
      <Skeleton height={220} />
    </Stack>
  );
}

/**
 * No masterplan yet: the coordinator creates it here (the rest is added on the Rencana Induk
 * page afterwards); everyone else reads that the smart city team has not created it yet.
 */
export function NoMasterplan() {
  const { t } = useTranslation();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const canCreate = me ? canManageMasterplan(masterplanActor(me)) : false;
  return (
    <>
      <EmptyState
        icon={<IconMap2 aria-hidden />}
        title={t('masterplan.empty.title')}
        description={canCreate ? t('masterplan.empty.bodyManage') : t('masterplan.empty.body')}
      >
        {canCreate ? (
          <EmptyState.Actions>
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('masterplan.empty.create')}
            </Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
      {creating ? <MasterplanCreateModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
