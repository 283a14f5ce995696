import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The error state of a query: what happened, in the user's language, and a retry button. */
export function QueryError({ onRetry }: { readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      title={t('common.errorTitle')}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      {t('common.errorBody')}{' '}
      <Button size="xs" variant="white" color="red" onClick={onRetry} mt="xs">
        {t('common.retry')}
      </Button>
    </Alert>
  );
}
