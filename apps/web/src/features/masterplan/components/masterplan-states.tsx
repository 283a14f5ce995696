import { EmptyState, Skeleton, Stack } from '@mantine/core';
import { IconMap2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

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

/** No masterplan yet: what that means and where it comes from. */
export function NoMasterplan() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconMap2 aria-hidden />}
      title={t('masterplan.empty.title')}
      description={t('masterplan.empty.body')}
    />
  );
}
