import { Anchor, AppShell, Badge, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Me } from '@smartcity/api';
import type { Capability } from '@smartcity/domain';
import {
  IconBuildingCommunity,
  IconBulb,
  IconCircleCheck,
  IconBuildingEstate,
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
import { RegionBrand } from '../../region/components/region-brand';
import { useRegion } from '../../region/hooks/use-region';
import { LanguageSwitch } from './language-switch';

type NavItem = {
  readonly to:
    | '/'
    | '/inovasi'
    | '/penilaian'
    | '/rencana-induk'
    | '/perangkat-daerah'
    | '/pengguna'
    | '/pengaturan/daerah'
    | '/impor';
  readonly label: TranslationKey;
  readonly icon: Icon;
  /** The capability (of `auth.me`) that shows the item; every signed-in user when absent. */
  readonly capability?: Capability;
};

/** The product's navigation, in the order users work through it. */
const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/inovasi', label: 'nav.innovations', icon: IconBulb },
  {
    to: '/penilaian',
    label: 'nav.evaluation',
    icon: IconCircleCheck,
    capability: 'viewEvaluation',
  },
  { to: '/rencana-induk', label: 'nav.masterplan', icon: IconMap2 },
  { to: '/perangkat-daerah', label: 'nav.units', icon: IconBuildingCommunity },
  { to: '/pengguna', label: 'nav.users', icon: IconUsers, capability: 'manageUsers' },
  {
    to: '/pengaturan/daerah',
    label: 'nav.regionProfile',
    icon: IconBuildingEstate,
    capability: 'manageRegion',
  },
  { to: '/impor', label: 'nav.import', icon: IconFileImport, capability: 'importData' },
];

/**
 * The app shell for a logged-in user: header with the region (emblem, name, branding line),
 * language and the user menu; navigation with what the user may use (their capabilities; a drawer on
 * phones); content. The demo label shows only when the region's data is the demo's.
 */
export function AppLayout({ me }: { readonly me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const region = useRegion().data;
  const demo = region?.isDemo === true;

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
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <RegionBrand region={region} />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {demo ? (
              <Badge
                variant="outline"
                color="gray.8"
                visibleFrom="md"
                data-testid="demo-label"
                style={{ flexShrink: 0 }}
              >
                {t('app.illustrativeData')}
              </Badge>
            ) : null}
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
          .filter((item) => !item.capability || me.capabilities[item.capability])
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
        {demo ? (
          // Below the header's breakpoint for the badge, the drawer says it.
          <Text size="xs" c="dimmed" hiddenFrom="md" mt="auto" p="xs" data-testid="demo-label-nav">
            {t('app.illustrativeData')}
          </Text>
        ) : null}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
