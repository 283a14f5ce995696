import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Loader,
  Popover,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../common/components/router-links';
import { useMarkNotificationsRead, useNotificationList } from '../hooks/use-notifications';
import { NotificationItem } from './notification-item';

/** How many notifications the header's popover shows. */
const latestCount = 5;

/**
 * The header's bell: the unread count (polled), and a popover with the latest notifications, a
 * way to mark them read, and a link to the page that lists them all.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const list = useNotificationList({ limit: latestCount });
  const { markRead, markAllRead } = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;
  // Until the first answer, the bell says nothing about the count rather than "all read".
  const label = !list.data
    ? t('notifications.title')
    : unread > 0
      ? t('notifications.bellLabel', { count: unread })
      : t('notifications.bellLabelNone');

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
      <Popover
        opened={opened}
        onDismiss={close}
        position="bottom-end"
        width={360}
        shadow="md"
        withinPortal
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size="lg"
            onClick={toggle}
            aria-label={label}
            data-testid="notification-bell"
            data-unread={unread}
          >
            <IconBell size={20} stroke={1.6} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <Text fw={600} size="sm">
              {t('notifications.latest')}
            </Text>
            {unread > 0 ? (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => markAllRead.mutate()}
                loading={markAllRead.isPending}
              >
                {t('notifications.markAllRead')}
              </Button>
            ) : null}
          </Group>
          {list.isPending ? (
            <Group justify="center" py="md">
              <Loader size="sm" aria-label={t('common.loading')} />
            </Group>
          ) : list.isError ? (
            <Stack gap="xs" py="xs" role="alert">
              <Text size="sm">{t('common.errorTitle')}</Text>
              <Button size="xs" variant="light" onClick={() => void list.refetch()}>
                {t('common.retry')}
              </Button>
            </Stack>
          ) : list.data.items.length === 0 ? (
            <Text size="sm" c="dimmed" py="sm">
              {t('notifications.emptyTitle')}
            </Text>
          ) : (
            <Stack gap={0}>
              {list.data.items.map((item, i) => (
                <div key={item.id}>
                  {i > 0 ? <Divider /> : null}
                  <NotificationItem
                    item={item}
                    compact
                    onMarkRead={(id) => markRead.mutate({ ids: [id] })}
                    marking={markRead.isPending && markRead.variables.ids.includes(item.id)}
                    onOpen={close}
                  />
                </div>
              ))}
            </Stack>
          )}
          <Divider my="xs" />
          <ButtonLink to="/notifikasi" variant="light" size="xs" fullWidth onClick={close}>
            {t('notifications.viewAll')}
          </ButtonLink>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
