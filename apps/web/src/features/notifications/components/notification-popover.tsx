import { Button, Divider, Group, Loader, Popover, Stack, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../common/components/router-links';
import { useMarkNotificationsRead, type useNotificationList } from '../hooks/use-notifications';
import { NotificationItem } from './notification-item';

type Props = {
  /** The bell's list of the latest notifications (polled by the bell). */
  readonly list: ReturnType<typeof useNotificationList>;
  readonly opened: boolean;
  readonly onClose: () => void;
  /** The bell's button (see `NotificationBell`). */
  readonly children: ReactElement;
};

/**
 * The bell's Mantine `Popover` around its button: the latest notifications, a way to mark them
 * read, and a link to the page that lists them all. Loaded on first use of the bell (see
 * `NotificationBell`), off the first load.
 */
export function NotificationPopover({ list, opened, onClose, children }: Props) {
  const { t } = useTranslation();
  const { markRead, markAllRead } = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;

  return (
    <Popover
      opened={opened}
      onDismiss={onClose}
      position="bottom-end"
      width={360}
      shadow="md"
      withinPortal
      trapFocus
      returnFocus
    >
      <Popover.Target>{children}</Popover.Target>
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
                  onOpen={onClose}
                />
              </div>
            ))}
          </Stack>
        )}
        <Divider my="xs" />
        <ButtonLink to="/notifikasi" variant="light" size="xs" fullWidth onClick={onClose}>
          {t('notifications.viewAll')}
        </ButtonLink>
      </Popover.Dropdown>
    </Popover>
  );
}
