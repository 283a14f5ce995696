import { Alert, Button, Card, FileButton, Group, Image, Stack, Text, Title } from '@mantine/core';
import { emblemMimeTypes, type Region } from '@smartcity/domain';
import { IconAlertTriangle, IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emblemUrl } from '../document-title';
import { useEmblemChange } from '../hooks/use-emblem-change';

type Props = {
  readonly region: Region;
  /** Called with the region as stored after a change (its version moved on). */
  readonly onChanged: (region: Region) => void;
};

/** The region's emblem: a preview, an upload (PNG, JPEG or WebP up to 1 MB) and removal. */
export function EmblemEditor({ region, onChanged }: Props) {
  const { t } = useTranslation();
  const { state, upload, remove } = useEmblemChange(onChanged);
  const sending = state.status === 'sending';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="emblem-title">
      <Title order={3} size="h4" id="emblem-title" mb={4}>
        {t('region.emblem.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('region.emblem.intro')}
      </Text>
      <Stack gap="md">
        {region.emblem ? (
          <figure style={{ margin: 0 }}>
            <Image
              src={emblemUrl(region.emblem)}
              alt={t('app.emblemAlt', { name: region.name })}
              w={120}
              h={120}
              fit="contain"
              data-testid="emblem-preview"
            />
            <Text component="figcaption" size="xs" c="dimmed" mt={4}>
              {t('region.emblem.preview')}
            </Text>
          </figure>
        ) : (
          <Text size="sm">{t('region.emblem.none')}</Text>
        )}
        {state.status === 'failed' ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {state.message}
          </Alert>
        ) : null}
        <Group gap="sm">
          <FileButton onChange={upload} accept={emblemMimeTypes.join(',')} disabled={sending}>
            {(props) => (
              <Button
                {...props}
                loading={sending}
                leftSection={<IconPhotoUp size={16} aria-hidden />}
              >
                {region.emblem ? t('region.emblem.replace') : t('region.emblem.choose')}
              </Button>
            )}
          </FileButton>
          {region.emblem ? (
            <Button
              variant="light"
              color="red"
              onClick={remove}
              disabled={sending}
              leftSection={<IconTrash size={16} aria-hidden />}
            >
              {t('region.emblem.remove')}
            </Button>
          ) : null}
        </Group>
        {sending ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('region.emblem.uploading')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
