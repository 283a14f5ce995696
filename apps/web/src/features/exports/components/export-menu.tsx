import { Alert, Button, Menu, Stack, Text } from '@mantine/core';
import {
  exportListLabels,
  exportListSlugs,
  type ExportFormat,
  type ExportInput,
  type ExportList,
} from '@smartcity/domain';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useDocumentDownload } from '../../common/hooks/use-document-download';
import { useLocale } from '../../common/hooks/use-locale';
import { exportUrl } from '../export-url';

type Props<L extends ExportList> = {
  readonly list: L;
  /** The list's input as the page queries it (its filters), so the file holds what is shown. */
  readonly input?: ExportInput<L>;
  /** Say which list in the button's text too (where a page offers more than one). */
  readonly named?: boolean;
  /** The button's size, to sit beside a page's other buttons. */
  readonly size?: 'xs' | 'sm';
};

/**
 * "Unduh": a list's export as Excel (XLSX) or CSV. The file is fetched with the session cookie
 * while the button shows it is busy and how much has arrived, then saved; a failure says why.
 */
export function ExportMenu<L extends ExportList>({
  list,
  input,
  named = false,
  size = 'sm',
}: Props<L>) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useLocale();
  const documentDownload = useDocumentDownload<ExportFormat>();
  const { progress, failure, dismiss } = documentDownload;
  const busy = documentDownload.busy !== null;
  const what = localized(exportListLabels[list]);

  const download = (kind: ExportFormat) =>
    documentDownload.download(kind, {
      url: exportUrl(list, kind, input),
      fallbackName: `${exportListSlugs[list]}.${kind}`,
    });

  return (
    <Stack gap={4} align="flex-start">
      {/* Without Mantine's focus placeholder: a menu may hold only its items (axe:
          aria-required-children); focus goes to the first item instead. */}
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="default"
            size={size}
            leftSection={<IconDownload size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={busy}
            aria-label={t('exports.buttonOf', { what })}
          >
            {named ? t('exports.buttonOf', { what }) : t('exports.button')}
          </Button>
        </Menu.Target>
        {/* No Menu.Label: a menu may hold only its items (the button names the list). */}
        <Menu.Dropdown aria-label={t('exports.menuLabel', { what })}>
          <Menu.Item onClick={() => void download('xlsx')}>{t('exports.xlsx')}</Menu.Item>
          <Menu.Item onClick={() => void download('csv')}>{t('exports.csv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {/* A live region (announced while busy) that is not a page's status: lists name theirs. */}
      <Text size="xs" c="dimmed" aria-live="polite">
        {busy
          ? progress === null || progress.loaded === 0
            ? t('exports.preparing')
            : t('exports.received', { loaded: format.fileSize(progress.loaded) })
          : ''}
      </Text>
      {failure ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={dismiss}
          p="xs"
          maw={360}
        >
          {t(`exports.errors.${failure}`)}
        </Alert>
      ) : null}
    </Stack>
  );
}
