import { Alert, Anchor, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { evidenceAccept, maxEvidenceBytes, type ActiveStage } from '@smartcity/domain';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvidenceUpload } from '../hooks/use-evidence-upload';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import type { AttachmentDto } from '../innovation-types';

/** A section's evidence files with download links, and the upload (when the section is editable). */
export function EvidenceFiles({
  innovationId,
  section,
  files,
  canUpload,
}: {
  readonly innovationId: string;
  readonly section: ActiveStage;
  readonly files: readonly AttachmentDto[];
  readonly canUpload: boolean;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const format = useLocale();
  const { state, upload, cancel, dismiss } = useEvidenceUpload(innovationId, section);
  const resetRef = useRef<() => void>(null);
  const headingId = `evidence-${section}`;

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Text fw={600} size="sm" component="h4" m={0} id={headingId}>
        {t('innovations.evidence.title', { section: labels.stage(section) })}
      </Text>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('innovations.evidence.none')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {files.map((file) => (
            <li key={file.id}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconDownload size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                <div style={{ minWidth: 0 }}>
                  <Anchor
                    href={`/files/${encodeURIComponent(file.id)}`}
                    download={file.filename}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {file.filename}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('innovations.evidence.meta', {
                      size: format.fileSize(file.size),
                      name: file.uploadedByName ?? '–',
                      date: format.dateTime(file.uploadedAt),
                    })}
                  </Text>
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {canUpload ? (
        <Stack gap={6}>
          <Group gap="sm" align="center">
            <FileButton
              resetRef={resetRef}
              accept={evidenceAccept}
              onChange={(file) => {
                if (file) upload(file);
                resetRef.current?.();
              }}
            >
              {(props) => (
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconUpload size={16} aria-hidden />}
                  disabled={state.status === 'uploading'}
                  {...props}
                >
                  {t('innovations.evidence.upload')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              {t('innovations.evidence.rules', { count: maxEvidenceBytes / (1024 * 1024) })}
            </Text>
          </Group>
          {state.status === 'uploading' ? (
            <Stack gap={4}>
              <Text size="sm" id={`${headingId}-progress`}>
                {t('innovations.evidence.uploading', {
                  name: state.filename,
                  percent: format.percent(state.percent),
                })}
              </Text>
              <Group gap="sm" wrap="nowrap">
                <Progress
                  value={state.percent}
                  style={{ flex: 1 }}
                  aria-labelledby={`${headingId}-progress`}
                />
                <Button variant="subtle" size="xs" onClick={cancel}>
                  {t('innovations.section.cancel')}
                </Button>
              </Group>
            </Stack>
          ) : null}
          {state.status === 'failed' ? (
            <Alert
              color="red"
              variant="light"
              role="alert"
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={dismiss}
              title={t('innovations.evidence.failed', { name: state.filename })}
            >
              {state.message}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
