import { Button, Group, Text, Textarea } from '@mantine/core';
import { strategyInputSchema, type DimensionKey } from '@smartcity/domain';
import { IconPencil } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { notify } from '../../common/notify';
import { useInvalidateMasterplan } from '../hooks/use-invalidate-masterplan';
import { useMasterplanErrorMessage } from '../hooks/use-masterplan-error';

/** A dimension's strategy: its text, which coordinators edit in place. */
export function StrategyEditor({
  dimension,
  dimensionLabel,
  text,
  canEdit,
}: {
  readonly dimension: DimensionKey;
  readonly dimensionLabel: string;
  readonly text: string;
  readonly canEdit: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateMasterplan();
  const errorMessage = useMasterplanErrorMessage();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.masterplan.setStrategy.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        notify({
          color: 'green',
          message: t('masterplan.strategy.saved', { dimension: dimensionLabel }),
        });
        setEditing(false);
      },
      onError: (e) => notify({ color: 'red', message: errorMessage(e) }),
    }),
  );

  if (editing) {
    return (
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = strategyInputSchema.safeParse({ dimension, text: draft });
          if (!parsed.success) {
            setError(t('validation.tooLong', { count: 10_000 }));
            return;
          }
          setError(null);
          save.mutate(parsed.data);
        }}
      >
        <Textarea
          label={t('masterplan.strategy.label', { dimension: dimensionLabel })}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={12}
          error={error}
          data-autofocus
          autoFocus
        />
        <Group gap="xs" mt="xs" justify="flex-end">
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              setDraft(text);
              setEditing(false);
              setError(null);
            }}
          >
            {t('masterplan.form.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('masterplan.form.save')}
          </Button>
        </Group>
      </form>
    );
  }

  return (
    <div>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Text fw={600} size="sm">
          {t('masterplan.strategy.title')}
        </Text>
        {canEdit ? (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => {
              setDraft(text);
              setEditing(true);
            }}
            aria-label={t('masterplan.strategy.editOf', { dimension: dimensionLabel })}
          >
            {t('masterplan.strategy.edit')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={text.trim() ? undefined : 'dimmed'}>
        {text.trim() ? text : t('masterplan.strategy.none')}
      </Text>
    </div>
  );
}
