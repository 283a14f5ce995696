import { Menu, Text } from '@mantine/core';
import { roleLabels, unitDisplayName } from '@smartcity/domain';
import type { Me } from '@smartcity/api';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useLogout } from '../hooks/use-logout';

type Props = {
  readonly me: Me;
  readonly opened: boolean;
  readonly onChange: (opened: boolean) => void;
  /** The menu's button (see `UserMenu`). */
  readonly children: ReactElement;
};

/**
 * The user menu's Mantine `Menu` around its button: who the user is (role, unit), their profile,
 * and logging out. Loaded on first use of the button (see `UserMenu`), off the first load.
 */
export function UserMenuDropdown({ me, opened, onChange, children }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const logout = useLogout();
  const role = localized(roleLabels[me.user.role]);
  const unit = me.unit ? unitDisplayName(me.unit) : null;

  return (
    <Menu opened={opened} onChange={onChange} position="bottom-end" width={260} withinPortal>
      <Menu.Target>{children}</Menu.Target>
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
