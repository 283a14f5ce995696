import { EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './router-links';

/** Shown for an address that matches no page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconMapQuestion aria-hidden />}
      title={t('common.notFoundTitle')}
      description={t('common.notFoundBody')}
    >
      <EmptyState.Actions>
        <ButtonLink to="/">{t('common.backHome')}</ButtonLink>
      </EmptyState.Actions>
    </EmptyState>
  );
}
