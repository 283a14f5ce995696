import { Avatar, Text, UnstyledButton } from '@mantine/core';
import type { Me } from '@smartcity/api';
import { useTranslation } from 'react-i18next';
import { useLazyOverlay } from '../../common/hooks/use-lazy-overlay';
import { lazyModule } from '../../common/lazy-module';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[\p{L}]/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

// Mantine's Menu (with floating-ui, Portal and FocusTrap) is loaded when the menu is first used.
const userMenuDropdown = lazyModule(() => import('./user-menu-dropdown'));

/** The user's menu in the header: who they are (role, unit), their profile, and logging out. */
export function UserMenu({ me }: { readonly me: Me }) {
  const { t } = useTranslation();
  const { module, opened, setOpened, triggerProps } = useLazyOverlay(userMenuDropdown, 'menu');

  const trigger = (
    <UnstyledButton
      {...triggerProps}
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
  );
  return module ? (
    <module.UserMenuDropdown me={me} opened={opened} onChange={setOpened}>
      {trigger}
    </module.UserMenuDropdown>
  ) : (
    trigger
  );
}
