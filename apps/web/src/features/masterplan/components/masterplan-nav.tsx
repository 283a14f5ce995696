import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../common/components/router-links';

type Section = 'overview' | 'roadmap' | 'commitment';

/** The Rencana Induk's three pages: overview, roadmap, joint commitment. */
export function MasterplanNav({ current }: { readonly current: Section }) {
  const { t } = useTranslation();
  const link = (
    section: Section,
    to: '/rencana-induk' | '/rencana-induk/peta-jalan' | '/rencana-induk/komitmen',
    label: string,
  ) => (
    <ButtonLink
      to={to}
      size="xs"
      variant={current === section ? 'filled' : 'default'}
      aria-current={current === section ? 'page' : undefined}
      activeOptions={{ exact: true, includeSearch: false }}
    >
      {label}
    </ButtonLink>
  );
  return (
    <Group component="nav" aria-label={t('masterplan.nav.label')} gap="xs" mb="md">
      {link('overview', '/rencana-induk', t('masterplan.nav.overview'))}
      {link('roadmap', '/rencana-induk/peta-jalan', t('masterplan.nav.roadmap'))}
      {link('commitment', '/rencana-induk/komitmen', t('masterplan.nav.commitment'))}
    </Group>
  );
}
