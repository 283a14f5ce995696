import { Alert } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Says plainly that the app is not set up yet (no region: `region.get` answered null), and how
 * the server's operator sets it up, instead of a login or a dashboard that cannot work.
 */
export function NotSetUpNotice({ children }: { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('setupNotice.title')}
      icon={<IconTools aria-hidden />}
      data-testid="not-set-up"
    >
      {t('setupNotice.body')}
      {children}
    </Alert>
  );
}
