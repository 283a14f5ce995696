import { Anchor, AppShell, Badge, Burger, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingCommunity,
  IconBulb,
  IconLayoutDashboard,
  IconMap2,
  type Icon,
} from '@tabler/icons-react';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../i18n/keys';
import { NavLinkLink } from '../../common/components/router-links';
import { LanguageSwitch } from './language-switch';

type NavItem = {
  readonly to: '/' | '/inovasi' | '/rencana-induk' | '/perangkat-daerah';
  readonly label: TranslationKey;
  readonly icon: Icon;
};

/** The product's navigation, in the order users work through it. */
const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/inovasi', label: 'nav.innovations', icon: IconBulb },
  { to: '/rencana-induk', label: 'nav.masterplan', icon: IconMap2 },
  { to: '/perangkat-daerah', label: 'nav.units', icon: IconBuildingCommunity },
];

/** The app shell: header with brand and language, navigation (a drawer on phones), content. */
export function AppLayout() {
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
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        id="main-navigation"
        aria-label={t('app.mainNavigation')}
        component="nav"
      >
        {navItems.map((item) => {
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
