import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import {
  DownloadError,
  fetchDocument,
  saveBlob,
  type DownloadFailure,
  type DownloadProgress,
} from '../../common/file-download';

type Format = 'pdf' | 'docx';

const documents: Readonly<Record<Format, { readonly url: string; readonly name: string }>> = {
  pdf: { url: '/documents/masterplan.pdf', name: 'rencana-induk.pdf' },
  docx: { url: '/documents/masterplan.docx', name: 'rencana-induk.docx' },
};

/**
 * "Unduh PDF" and "Unduh DOCX": the masterplan document, fetched with the session cookie while a
 * progress bar shows how far it has come (indeterminate when the size is unknown), then saved.
 * A failure says why, in words.
 */
export function DownloadButtons() {
  const { t } = useTranslation();
  const format = useLocale();
  const [busy, setBusy] = useState<Format | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [failure, setFailure] = useState<DownloadFailure | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const download = async (kind: Format) => {
    const controller = new AbortController();
    abort.current = controller;
    setBusy(kind);
    setFailure(null);
    setProgress(null);
    try {
      const { blob, filename } = await fetchDocument({
        url: documents[kind].url,
        fallbackName: documents[kind].name,
        onProgress: setProgress,
        signal: controller.signal,
      });
      saveBlob(blob, filename);
    } catch (error) {
      if (controller.signal.aborted) return;
      setFailure(error instanceof DownloadError ? error.failure : 'failed');
    } finally {
      if (!controller.signal.aborted) {
        setBusy(null);
        setProgress(null);
      }
    }
  };

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
            onClick={() => void download(kind)}
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
          onClose={() => setFailure(null)}
          p="xs"
        >
          {t(`masterplan.download.errors.${failure}`)}
        </Alert>
      ) : null}
    </Stack>
  );
}
