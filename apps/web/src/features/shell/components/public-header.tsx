import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../common/components/router-links';
import { LanguageSwitch } from './language-switch';

/**
 * The header of the public pages (outside the login: the public dashboard, open data): a link
 * to skip to the content, the app's name, the language and a way to log in.
 */
export function PublicHeader() {
  const { t } = useTranslation();
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
          <Stack gap={0}>
            <Text fw={650} size="lg" lh={1.1}>
              {t('app.name')}
            </Text>
            <Text size="xs" c="dimmed" visibleFrom="xs">
              {t('app.tagline')}
            </Text>
          </Stack>
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
