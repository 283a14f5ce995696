import { notifications } from '@mantine/notifications';

/**
 * Shows a success or failure notification. (Its close button is named by the theme, see
 * `createAppTheme`.)
 */
export function notify({
  color,
  message,
}: {
  readonly color?: 'green' | 'red';
  readonly message: string;
}): void {
  notifications.show({ color, message });
}
