import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLazyOverlay } from '../../common/hooks/use-lazy-overlay';
import { lazyModule } from '../../common/lazy-module';
import { useNotificationList } from '../hooks/use-notifications';

/** How many notifications the header's popover shows. */
const latestCount = 5;

// Mantine's Popover (with floating-ui, Portal and FocusTrap) is loaded when the bell is first used.
const notificationPopover = lazyModule(() => import('./notification-popover'));

/**
 * The header's bell: the unread count (polled), and a popover with the latest notifications, a
 * way to mark them read, and a link to the page that lists them all.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { module, opened, setOpened, triggerProps } = useLazyOverlay(
    notificationPopover,
    'popover',
  );
  const list = useNotificationList({ limit: latestCount });
  const unread = list.data?.unread ?? 0;
  // Until the first answer, the bell says nothing about the count rather than "all read".
  const label = !list.data
    ? t('notifications.title')
    : unread > 0
      ? t('notifications.bellLabel', { count: unread })
      : t('notifications.bellLabelNone');

  const trigger = (
    <ActionIcon
      {...triggerProps}
      variant="subtle"
      color="gray.8"
      size="lg"
      aria-label={label}
      data-testid="notification-bell"
      data-unread={unread}
    >
      <IconBell size={20} stroke={1.6} aria-hidden />
    </ActionIcon>
  );
  return (
    // The count sits outside the popover's target, so that the ARIA the popover gives its target
    // lands on the button itself.
    <Indicator
      label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>}
      size={18}
      offset={4}
      color="red"
      disabled={unread === 0}
      inline
    >
      {module ? (
        <module.NotificationPopover list={list} opened={opened} onClose={() => setOpened(false)}>
          {trigger}
        </module.NotificationPopover>
      ) : (
        trigger
      )}
    </Indicator>
  );
}
