import { notifications } from '@mantine/notifications';
import i18n from 'i18next';

/**
 * Shows a notification whose close button has a name in the user's language (Mantine's has
 * none, which screen readers announce as a nameless button).
 */
export function notify({
  color,
  message,
}: {
  readonly color?: 'green' | 'red';
  readonly message: string;
}): void {
  notifications.show({
    color,
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
