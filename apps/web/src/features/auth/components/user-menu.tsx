import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { roleLabels, unitDisplayName } from '@smartcity/domain';
import type { Me } from '@smartcity/api';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useLogout } from '../hooks/use-logout';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[\p{L}]/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** The user's menu in the header: who they are (role, unit), their profile, and logging out. */
export function UserMenu({ me }: { readonly me: Me }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const logout = useLogout();
  const role = localized(roleLabels[me.user.role]);
  const unit = me.unit ? unitDisplayName(me.unit) : null;

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={`${t('auth.userMenu')}: ${me.user.name}`}
          style={{ display: 'flex', alignItems: 'center', gap: 8 }}
        >
          <Avatar color="cyan" radius="xl" size={32} aria-hidden>
            {initials(me.user.name)}
          </Avatar>
          <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate="end">
            {me.user.name}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <div style={{ padding: '6px 12px' }}>
          <Text size="sm" fw={600}>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.user.email}
          </Text>
          <Text size="xs" mt={4} data-testid="user-menu-role">
            {unit ? `${role} · ${unit}` : role}
          </Text>
        </div>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/profil"
          leftSection={<IconUserCircle size={16} aria-hidden />}
        >
          {t('auth.profile')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {t('auth.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
