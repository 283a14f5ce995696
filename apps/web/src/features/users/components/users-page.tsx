import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Menu,
  Modal,
  NativeSelect,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { roleLabels, roles, type Role } from '@smartcity/domain';
import { IconDots, IconPlus, IconSearch, IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../common/notify';
import { useLocalized } from '../../../i18n/i18n';
import { useLocale } from '../../common/hooks/use-locale';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { ResponsiveList, type ListColumn } from '../../common/components/responsive-list';
import { ImportLink } from '../../exchange/components/import-link';
import { ExportMenu } from '../../exports/components/export-menu';
import { QueryError } from '../../common/components/query-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import type { IssuedAccountToken } from '@smartcity/api';
import { useAccountsTexts } from '../../auth/accounts-texts';
import type { UserWithUnitDto } from '../user-types';
import { InvitationLinkModal } from './invitation-link-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { UserFormModal } from './user-form-modal';

type Dialog =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly user: UserWithUnitDto }
  | { readonly kind: 'reset'; readonly user: UserWithUnitDto }
  | { readonly kind: 'deactivate'; readonly user: UserWithUnitDto }
  | { readonly kind: 'link'; readonly name: string; readonly invitation: IssuedAccountToken };

/**
 * Pengguna (coordinators): list, search, create (with a first password or an invitation link),
 * edit, deactivate, reset passwords and invite again.
 */
export function UsersPage({ currentUserId }: { readonly currentUserId: string }) {
  useAccountsTexts();
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [role, setRole] = useState<Role | ''>('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });

  // The list's input, also the export's: the file holds the users the page shows.
  const listInput = {
    search: debouncedSearch || undefined,
    role: role || undefined,
    includeInactive,
  };
  const users = useQuery({
    ...trpc.user.list.queryOptions(listInput),
    placeholderData: (previous) => previous,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
  const onError = (error: unknown) => notify({ color: 'red', message: errorMessage(error) });
  const deactivate = useMutation(
    trpc.user.deactivate.mutationOptions({
      onSuccess: async (u) => {
        await refresh();
        setDialog({ kind: 'none' });
        notify({ color: 'green', message: t('users.deactivated', { name: u.name }) });
      },
      onError,
    }),
  );
  const activate = useMutation(
    trpc.user.activate.mutationOptions({
      onSuccess: async (u) => {
        await refresh();
        notify({ color: 'green', message: t('users.activated', { name: u.name }) });
      },
      onError,
    }),
  );

  const invite = useMutation(
    trpc.user.invite.mutationOptions({
      onSuccess: async (invitation, { id }) => {
        await refresh();
        const name = users.data?.items.find((u) => u.id === id)?.name ?? '';
        notify({ color: 'green', message: t('accounts.users.reinvited', { name }) });
        setDialog({ kind: 'link', name, invitation });
      },
      onError,
    }),
  );

  const lastLogin = (u: UserWithUnitDto) =>
    u.lastLoginAt ? format.date(u.lastLoginAt) : t('users.never');
  const status = (u: UserWithUnitDto) =>
    u.active ? (
      t('users.active')
    ) : (
      <Badge color="gray.8" variant="outline">
        {t('users.inactive')}
      </Badge>
    );
  /** What the user has still to do to get in: accept an invitation, change a first password. */
  const access = (u: UserWithUnitDto) =>
    u.active && (u.pendingInvitation || u.temporaryCredentials) ? (
      <Stack gap={2} mt={4} align="flex-start">
        {u.pendingInvitation ? (
          <Badge color="blue.9" variant="outline" tt="none">
            {t('accounts.users.pendingInvitation', {
              date: format.date(u.pendingInvitation.expiresAt),
            })}
          </Badge>
        ) : null}
        {u.temporaryCredentials ? (
          <Badge color="red.9" variant="outline" tt="none">
            {t('accounts.users.pendingChange')}
          </Badge>
        ) : null}
      </Stack>
    ) : null;

  const actions = (u: UserWithUnitDto) => (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray.8"
          aria-label={t('users.actionsFor', { name: u.name })}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => setDialog({ kind: 'edit', user: u })}>
          {t('users.edit')}
        </Menu.Item>
        <Menu.Item onClick={() => setDialog({ kind: 'reset', user: u })}>
          {t('users.resetPassword')}
        </Menu.Item>
        {u.active ? (
          <Menu.Item onClick={() => invite.mutate({ id: u.id })}>
            {t('accounts.users.reinvite')}
          </Menu.Item>
        ) : null}
        {u.active ? (
          <Menu.Item
            color="red"
            disabled={u.id === currentUserId}
            onClick={() => setDialog({ kind: 'deactivate', user: u })}
          >
            {t('users.deactivate')}
          </Menu.Item>
        ) : (
          <Menu.Item onClick={() => activate.mutate({ id: u.id, version: u.version })}>
            {t('users.activate')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );

  const columns: readonly ListColumn<UserWithUnitDto>[] = [
    {
      key: 'name',
      header: t('users.name'),
      cell: (u) => (
        <>
          <Text size="sm" fw={500}>
            {u.name}
          </Text>
          <Text size="xs" c="dimmed">
            {u.email}
          </Text>
        </>
      ),
    },
    { key: 'role', header: t('users.role'), cell: (u) => localized(roleLabels[u.role]) },
    {
      key: 'unit',
      header: t('users.unit'),
      cell: (u) => u.unit?.shortName ?? u.unit?.name ?? t('users.noUnit'),
    },
    {
      key: 'status',
      header: t('users.status'),
      cell: (u) => (
        <>
          {status(u)}
          {access(u)}
        </>
      ),
    },
    { key: 'lastLogin', header: t('users.lastLogin'), cell: lastLogin },
    { key: 'actions', header: t('users.actions'), hiddenHeader: true, cell: actions },
  ];
  const list = (items: readonly UserWithUnitDto[]) => (
    <ResponsiveList
      items={items}
      itemKey={(u) => u.id}
      columns={columns}
      label={t('users.title')}
      minWidth={800}
      card={(u, cell) => (
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm">
              {u.name}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {u.email}
            </Text>
            <Text size="xs" mt={4}>
              {[localized(roleLabels[u.role]), u.unit?.shortName ?? u.unit?.name]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {u.active ? null : status(u)}
            {access(u)}
          </div>
          {cell('actions')}
        </Group>
      )}
    />
  );

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('users.title')} intro={t('users.intro')} />
        <Group gap="xs" align="flex-start">
          <ExportMenu list="users" input={listInput} />
          <ImportLink entity="users" />
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('users.add')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          label={t('users.searchLabel')}
          placeholder={t('users.searchPlaceholder')}
          type="search"
          value={search}
          maxLength={100}
          miw={220}
          style={{ flexGrow: 1 }}
          leftSection={<IconSearch size={16} aria-hidden />}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('users.roleLabel')}
          value={role}
          miw={200}
          data={[
            { value: '', label: t('users.allRoles') },
            ...roles.map((r) => ({ value: r, label: localized(roleLabels[r]) })),
          ]}
          onChange={(e) => setRole(e.currentTarget.value as Role | '')}
        />
        <Switch
          label={t('users.includeInactive')}
          checked={includeInactive}
          onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
          mb={8}
        />
      </Group>

      {users.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={44} />
          ))}
        </Stack>
      ) : users.isError ? (
        <QueryError onRetry={() => void users.refetch()} />
      ) : users.data.total === 0 ? (
        <EmptyState
          icon={<IconUsers aria-hidden />}
          title={t('users.emptyTitle')}
          description={t('users.emptyBody')}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite" mb="xs">
            {t('users.count', { count: users.data.total })}
          </Text>
          {list(users.data.items)}
        </>
      )}

      {dialog.kind === 'create' || dialog.kind === 'edit' ? (
        <UserFormModal
          key={dialog.kind === 'edit' ? dialog.user.id : 'new'}
          opened
          user={dialog.kind === 'edit' ? dialog.user : null}
          onClose={() => setDialog({ kind: 'none' })}
          onInvited={(name, invitation) => setDialog({ kind: 'link', name, invitation })}
        />
      ) : null}
      {dialog.kind === 'link' ? (
        <InvitationLinkModal
          name={dialog.name}
          invitation={dialog.invitation}
          onClose={() => setDialog({ kind: 'none' })}
        />
      ) : null}
      {dialog.kind === 'reset' ? (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog({ kind: 'none' })} />
      ) : null}
      {dialog.kind === 'deactivate' ? (
        <Modal
          opened
          onClose={() => setDialog({ kind: 'none' })}
          title={t('users.confirmDeactivateTitle', { name: dialog.user.name })}
        >
          <Text size="sm">{t('users.confirmDeactivateBody')}</Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setDialog({ kind: 'none' })}>
              {t('users.cancel')}
            </Button>
            <Button
              color="red"
              loading={deactivate.isPending}
              onClick={() =>
                deactivate.mutate({ id: dialog.user.id, version: dialog.user.version })
              }
            >
              {t('users.deactivate')}
            </Button>
          </Group>
        </Modal>
      ) : null}
    </>
  );
}
