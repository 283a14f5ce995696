import { Anchor, Box, Group } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../common/components/router-links';
import { RegionBrand } from '../../region/components/region-brand';
import { useRegion } from '../../region/hooks/use-region';
import { LanguageSwitch } from './language-switch';

/**
 * The header of the public pages (outside the login: the public dashboard, open data): a link
 * to skip to the content, the region (emblem, name, branding line), the language and a way to
 * log in.
 */
export function PublicHeader() {
  const { t } = useTranslation();
  const region = useRegion();
  return (
    <>
      <Anchor href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <Box
        component="header"
        py="sm"
        px="md"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap" maw={1280} mx="auto">
          <RegionBrand region={region.data} order={null} />
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <ButtonLink
              to="/masuk"
              search={{}}
              variant="light"
              size="xs"
              leftSection={<IconLogin size={14} aria-hidden />}
            >
              {t('publicDashboard.login')}
            </ButtonLink>
          </Group>
        </Group>
      </Box>
    </>
  );
}
