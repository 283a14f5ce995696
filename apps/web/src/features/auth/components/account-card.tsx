import { Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/components/language-switch';

/** The frame of the pages outside the app's shell: the app's name, the language, one card. */
export function AccountCard({
  title,
  titleId,
  children,
}: {
  readonly title: string;
  readonly titleId: string;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" component="main" id="main-content">
      <Stack w="100%" maw={460} gap="md">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={700} size="lg" component="p">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
          <Title order={1} size="h3" id={titleId} mb={4}>
            {title}
          </Title>
          {children}
        </Card>
      </Stack>
    </Center>
  );
}
