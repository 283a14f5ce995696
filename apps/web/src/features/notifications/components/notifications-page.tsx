import {
  Button,
  Divider,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { useMarkNotificationsRead, useNotificationList } from '../hooks/use-notifications';
import { NotificationItem } from './notification-item';

type Filter = 'all' | 'unread';

/** Notifikasi: every notification of the user (the latest 100), read or unread. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const list = useNotificationList({ unreadOnly: filter === 'unread', limit: 100 });
  const { markRead, markAllRead } = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;

  return (
    <>
      <PageHeader title={t('notifications.title')} intro={t('notifications.intro')} />
      <Group justify="space-between" mb="md" wrap="wrap">
        <div role="group" aria-labelledby="notification-filter-label">
          <VisuallyHidden id="notification-filter-label">
            {t('notifications.filterLabel')}
          </VisuallyHidden>
          <SegmentedControl
            value={filter}
            onChange={(value) => setFilter(value === 'unread' ? 'unread' : 'all')}
            data={[
              { value: 'all', label: t('notifications.filterAll') },
              { value: 'unread', label: t('notifications.filterUnread') },
            ]}
          />
        </div>
        <Button
          variant="light"
          leftSection={<IconChecks size={16} aria-hidden />}
          onClick={() => markAllRead.mutate()}
          loading={markAllRead.isPending}
          disabled={unread === 0}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {list.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={56} />
          ))}
        </Stack>
      ) : list.isError ? (
        <QueryError onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          icon={<IconBell aria-hidden />}
          title={
            filter === 'unread'
              ? t('notifications.emptyUnreadTitle')
              : t('notifications.emptyTitle')
          }
          description={t('notifications.emptyBody')}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status" aria-live="polite">
            {t('notifications.unreadCount', { count: unread })}
          </Text>
          <Paper withBorder px="md" py={4} radius="md">
            <ul
              aria-label={t('notifications.listLabel')}
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
            >
              {list.data.items.map((item, i) => (
                <li key={item.id}>
                  {i > 0 ? <Divider /> : null}
                  <NotificationItem
                    item={item}
                    onMarkRead={(id) => markRead.mutate({ ids: [id] })}
                    marking={markRead.isPending && markRead.variables.ids.includes(item.id)}
                  />
                </li>
              ))}
            </ul>
          </Paper>
        </>
      )}
    </>
  );
}
