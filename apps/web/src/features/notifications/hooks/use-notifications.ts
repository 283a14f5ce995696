import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { notify } from '../../common/notify';

/** How often the header asks for new notifications. */
export const notificationPollMs = 60_000;

/** The caller's notifications (newest first) and unread count, polled while the page is open. */
export function useNotificationList(input: {
  readonly unreadOnly?: boolean;
  readonly limit: number;
}) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.notification.list.queryOptions({
      unreadOnly: input.unreadOnly ?? false,
      limit: input.limit,
    }),
    refetchInterval: notificationPollMs,
    placeholderData: (previous) => previous,
  });
}

/** Marking notifications read (some, or all): every notification list is refreshed after. */
export function useMarkNotificationsRead() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.notification.list.pathKey() });
  const onError = (error: unknown) => notify({ color: 'red', message: errorMessage(error) });
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({ onSuccess: refresh, onError }),
  );
  const markAllRead = useMutation(
    trpc.notification.markAllRead.mutationOptions({
      onSuccess: async ({ updated }) => {
        await refresh();
        notify({ color: 'green', message: t('notifications.allMarked', { count: updated }) });
      },
      onError,
    }),
  );
  return { markRead, markAllRead };
}
