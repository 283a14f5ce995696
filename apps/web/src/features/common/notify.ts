/**
 * Shows a success or failure notification. (Its close button is named by the theme, see
 * `createAppTheme`.) `@mantine/notifications` is loaded on demand, off the first load.
 */
export function notify({
  color,
  message,
}: {
  readonly color?: 'green' | 'red';
  readonly message: string;
}): void {
  void import('@mantine/notifications').then(({ notifications }) =>
    notifications.show({ color, message }),
  );
}
