import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInnovationErrorMessage } from '../hooks/use-innovation-error';
import type { SectionEditor } from '../hooks/use-section-editor';

type Props<V> = {
  readonly editor: SectionEditor<V>;
  /** A read-only rendering of form values (shows the user's kept draft after a reload). */
  readonly renderDraft: (values: V) => ReactNode;
  readonly children: ReactNode;
  /** An accessible name for the form. */
  readonly label: string;
  readonly onCancel?: () => void;
};

/**
 * A section's form: its fields, Save and "discard changes", and what happens on a version
 * conflict: a message naming who changed it and when, with the user's text still in the form,
 * and "Muat ulang" to load the server's version while keeping the user's text aside.
 */
export function SectionForm<V>({ editor, renderDraft, children, label, onCancel }: Props<V>) {
  const { t } = useTranslation();
  const { conflictText } = useInnovationErrorMessage();
  return (
    <Stack gap="sm">
      {editor.conflict ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('innovations.conflict.title')}
        >
          <Text size="sm">
            {conflictText(editor.conflict)} {t('innovations.conflict.kept')}
          </Text>
          <Button
            size="xs"
            mt="xs"
            color="red"
            loading={editor.reloading}
            onClick={() => void editor.reload()}
          >
            {t('innovations.conflict.reload')}
          </Button>
        </Alert>
      ) : null}
      {editor.draft ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('innovations.conflict.draftTitle')}
        >
          <Text size="sm">{t('innovations.conflict.draftBody')}</Text>
          <Paper withBorder p="sm" my="xs" bg="var(--mantine-color-body)">
            {renderDraft(editor.draft)}
          </Paper>
          <Group gap="xs">
            <Button size="xs" onClick={editor.applyDraft}>
              {t('innovations.conflict.applyDraft')}
            </Button>
            <Button size="xs" variant="default" onClick={editor.discardDraft}>
              {t('innovations.conflict.discardDraft')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <form noValidate onSubmit={editor.submit} aria-label={label}>
        <Stack gap="sm">
          {children}
          <Group gap="sm">
            <Button type="submit" loading={editor.saving}>
              {t('innovations.section.save')}
            </Button>
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                {t('innovations.section.cancel')}
              </Button>
            ) : (
              <Button variant="default" disabled={!editor.dirty} onClick={editor.discardChanges}>
                {t('innovations.section.discard')}
              </Button>
            )}
            {editor.dirty ? (
              <Text size="sm" c="dimmed">
                {t('innovations.section.unsaved')}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
