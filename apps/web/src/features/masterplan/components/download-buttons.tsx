import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentDownload, type DownloadTarget } from '../../common/hooks/use-document-download';
import { useLocale } from '../../common/hooks/use-locale';

type Format = 'pdf' | 'docx';

const documents: Readonly<Record<Format, DownloadTarget>> = {
  pdf: { url: '/documents/masterplan.pdf', fallbackName: 'rencana-induk.pdf' },
  docx: { url: '/documents/masterplan.docx', fallbackName: 'rencana-induk.docx' },
};

/**
 * "Unduh PDF" and "Unduh DOCX": the masterplan document, fetched with the session cookie while a
 * progress bar shows how far it has come (indeterminate when the size is unknown), then saved.
 * A failure says why, in words.
 */
export function DownloadButtons() {
  const { t } = useTranslation();
  const format = useLocale();
  const { busy, progress, failure, download, dismiss } = useDocumentDownload<Format>();

  const percent = progress?.total
    ? Math.min(100, Math.round((progress.loaded / progress.total) * 100))
    : null;

  return (
    <Stack gap={6} maw={360} w={{ base: '100%', sm: 'auto' }}>
      <Group gap="xs">
        {(['pdf', 'docx'] as const).map((kind) => (
          <Button
            key={kind}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void download(kind, documents[kind])}
            loading={busy === kind}
            disabled={busy !== null && busy !== kind}
          >
            {kind === 'pdf' ? t('masterplan.download.pdf') : t('masterplan.download.docx')}
          </Button>
        ))}
      </Group>
      {busy ? (
        <div>
          <Progress.Root size="sm">
            <Progress.Section
              value={percent ?? 100}
              animated={percent === null}
              striped={percent === null}
              aria-label={t('masterplan.download.progressLabel')}
              aria-valuetext={
                percent === null ? t('masterplan.download.preparing') : format.percent(percent)
              }
            />
          </Progress.Root>
          <Text size="xs" c="dimmed" mt={2} aria-live="polite">
            {progress === null || progress.loaded === 0
              ? t('masterplan.download.preparing')
              : progress.total
                ? t('masterplan.download.progress', {
                    loaded: format.fileSize(progress.loaded),
                    total: format.fileSize(progress.total),
                  })
                : t('masterplan.download.received', { loaded: format.fileSize(progress.loaded) })}
          </Text>
        </div>
      ) : null}
      {failure ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={dismiss}
          p="xs"
        >
          {t(`masterplan.download.errors.${failure}`)}
        </Alert>
      ) : null}
    </Stack>
  );
}
