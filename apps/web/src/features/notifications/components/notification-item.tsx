import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { outcomeLabels, type NotificationItem as Item } from '@smartcity/domain';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';

/** What a notification says, in the user's language. */
export function useNotificationMessage(): (item: Item) => string {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (item) => {
    switch (item.kind) {
      case 'outcome_recorded':
        return item.outcome
          ? t('notifications.outcomeRecorded', { outcome: localized(outcomeLabels[item.outcome]) })
          : t('notifications.outcomeRecordedPlain');
      case 'became_stale':
        return t('notifications.becameStale', { count: item.staleDays ?? 0 });
    }
  };
}

type Props = {
  readonly item: Item;
  readonly onMarkRead: (id: string) => void;
  /** Called when the link to the innovation is followed (e.g. to close a popover). */
  readonly onOpen?: () => void;
  readonly marking?: boolean;
  readonly compact?: boolean;
};

/**
 * One notification: the innovation it speaks of (a link), what happened, when, whether it is
 * unread, and a button to mark it read. Following the link marks it read too.
 */
export function NotificationItem({ item, onMarkRead, onOpen, marking, compact }: Props) {
  const { t } = useTranslation();
  const message = useNotificationMessage();
  const { dateTime } = useLocale();
  const unread = item.readAt === null;

  return (
    <Group
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      gap="sm"
      py={compact ? 6 : 'sm'}
      data-testid="notification-item"
      data-unread={unread ? 'true' : 'false'}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
        <Box
          aria-hidden
          mt={7}
          w={8}
          h={8}
          style={{
            borderRadius: '50%',
            flexShrink: 0,
            background: unread ? 'var(--mantine-color-blue-filled)' : 'transparent',
          }}
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <AnchorLink
            to="/inovasi/$innovationId"
            params={{ innovationId: item.innovationId }}
            fw={unread ? 600 : 400}
            size="sm"
            onClick={() => {
              if (unread) onMarkRead(item.id);
              onOpen?.();
            }}
          >
            {item.innovationTitle}
          </AnchorLink>
          <Text size="sm">
            {unread ? <span className="visually-hidden">{t('notifications.unread')}: </span> : null}
            {message(item)}
          </Text>
          <Text size="xs" c="dimmed">
            {dateTime(item.createdAt)}
          </Text>
        </Stack>
      </Group>
      {unread ? (
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconCheck size={14} aria-hidden />}
          onClick={() => onMarkRead(item.id)}
          loading={marking}
          aria-label={t('notifications.markReadFor', { title: item.innovationTitle })}
          style={{ flexShrink: 0 }}
        >
          {t('notifications.markRead')}
        </Button>
      ) : null}
    </Group>
  );
}
