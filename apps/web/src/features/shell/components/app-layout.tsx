import { Anchor, AppShell, Badge, Burger, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Me } from '@smartcity/api';
import type { Role } from '@smartcity/domain';
import {
  IconBuildingCommunity,
  IconBulb,
  IconCircleCheck,
  IconFileImport,
  IconLayoutDashboard,
  IconMap2,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../i18n/keys';
import { NavLinkLink } from '../../common/components/router-links';
import { UserMenu } from '../../auth/components/user-menu';
import { NotificationBell } from '../../notifications/components/notification-bell';
import { LanguageSwitch } from './language-switch';

type NavItem = {
  readonly to:
    | '/'
    | '/inovasi'
    | '/penilaian'
    | '/rencana-induk'
    | '/perangkat-daerah'
    | '/pengguna'
    | '/impor';
  readonly label: TranslationKey;
  readonly icon: Icon;
  /** The roles that see the item; every logged-in role when absent. */
  readonly roles?: readonly Role[];
};

/** The product's navigation, in the order users work through it. */
const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/inovasi', label: 'nav.innovations', icon: IconBulb },
  {
    to: '/penilaian',
    label: 'nav.evaluation',
    icon: IconCircleCheck,
    roles: ['coordinator', 'leader', 'evaluator'],
  },
  { to: '/rencana-induk', label: 'nav.masterplan', icon: IconMap2 },
  { to: '/perangkat-daerah', label: 'nav.units', icon: IconBuildingCommunity },
  { to: '/pengguna', label: 'nav.users', icon: IconUsers, roles: ['coordinator'] },
  { to: '/impor', label: 'nav.import', icon: IconFileImport, roles: ['coordinator'] },
];

/**
 * The app shell for a logged-in user: header with brand, language and the user menu; navigation
 * with what the user's role may use (a drawer on phones); content.
 */
export function AppLayout({ me }: { readonly me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Stack gap={0}>
              <Title order={1} size="h4" lh={1.1}>
                {t('app.name')}
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="xs">
                {t('app.tagline')}
              </Text>
            </Stack>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Badge variant="outline" color="gray.8" visibleFrom="md">
              {t('app.illustrativeData')}
            </Badge>
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        id="main-navigation"
        aria-label={t('app.mainNavigation')}
        component="nav"
      >
        {navItems
          .filter((item) => !item.roles || item.roles.includes(me.user.role))
          .map((item) => {
            const active = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to);
            return (
              <NavLinkLink
                key={item.to}
                to={item.to}
                label={t(item.label)}
                leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
              />
            );
          })}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
