import { EmptyState } from '@mantine/core';
import { IconHourglassHigh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../i18n/keys';
import { PageHeader } from './page-header';

/** A module whose screens are not built yet: says so plainly instead of showing fake data. */
export function ComingSoonPage({ titleKey }: { readonly titleKey: TranslationKey }) {
  const { t } = useTranslation();
  const module = t(titleKey);
  return (
    <>
      <PageHeader title={module} />
      <EmptyState
        icon={<IconHourglassHigh aria-hidden />}
        title={t('common.comingSoonTitle')}
        description={t('common.comingSoonBody', { module })}
      />
    </>
  );
}
