import {
  Alert,
  Blockquote,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Me } from '@smartcity/api';
import { commitmentSignInputSchema, type CommitmentSignInput } from '@smartcity/domain';
import { IconSignature } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { useLocale } from '../../common/hooks/use-locale';
import { useInvalidateMasterplan } from '../hooks/use-invalidate-masterplan';
import { useMasterplanErrorMessage } from '../hooks/use-masterplan-error';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The unit head's signature of the joint commitment for their unit: name, NIP (18 digits),
 * position and date under the statement, then a confirmation (a signature is not edited after).
 */
export function SignForm({ me, statement }: { readonly me: Me; readonly statement: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useLocale();
  const invalidate = useInvalidateMasterplan();
  const errorMessage = useMasterplanErrorMessage();
  const titleId = useId();
  const [confirming, setConfirming] = useState<CommitmentSignInput | null>(null);
  const validate = domainValidator(commitmentSignInputSchema, t, {
    'NIP must be exactly 18 digits': t('validation.nip'),
  });
  const unitName = me.unit?.name ?? '';
  const form = useForm<CommitmentSignInput>({
    initialValues: {
      signerName: me.user.name,
      signerNip: me.user.nip ?? '',
      signerPosition: unitName ? t('masterplan.sign.defaultPosition', { unit: unitName }) : '',
      signedOn: today(),
    },
    validate,
  });
  const sign = useMutation(
    trpc.masterplan.sign.mutationOptions({
      onSuccess: async () => {
        setConfirming(null);
        await invalidate();
        notify({ color: 'green', message: t('masterplan.sign.done', { unit: unitName }) });
      },
      onError: async (error) => {
        setConfirming(null);
        notify({ color: 'red', message: errorMessage(error) });
        await invalidate();
      },
    }),
  );

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {t('masterplan.sign.title', { unit: unitName })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('masterplan.sign.intro')}
      </Text>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => setConfirming(commitmentSignInputSchema.parse(values)))}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('masterplan.sign.name')}
              required
              maxLength={120}
              autoComplete="name"
              {...form.getInputProps('signerName')}
            />
            <TextInput
              label={t('masterplan.sign.nip')}
              description={t('masterplan.sign.nipHint')}
              required
              inputMode="numeric"
              maxLength={18}
              {...form.getInputProps('signerNip')}
            />
            <TextInput
              label={t('masterplan.sign.position')}
              required
              maxLength={200}
              {...form.getInputProps('signerPosition')}
            />
            <TextInput
              type="date"
              label={t('masterplan.sign.date')}
              required
              {...form.getInputProps('signedOn')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconSignature size={16} aria-hidden />}>
              {t('masterplan.sign.continue')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('masterplan.sign.confirmTitle')}
        size="lg"
      >
        {confirming ? (
          <Stack gap="sm">
            <Blockquote p="sm" color="blue" style={{ whiteSpace: 'pre-line' }}>
              {statement}
            </Blockquote>
            <Table variant="vertical" layout="fixed">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={140}>{t('masterplan.sign.unit')}</Table.Th>
                  <Table.Td>{unitName}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('masterplan.sign.name')}</Table.Th>
                  <Table.Td>{confirming.signerName}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('masterplan.sign.nip')}</Table.Th>
                  <Table.Td>{confirming.signerNip}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('masterplan.sign.position')}</Table.Th>
                  <Table.Td>{confirming.signerPosition}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('masterplan.sign.date')}</Table.Th>
                  <Table.Td>{format.calendarDate(confirming.signedOn)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Alert color="orange" variant="light">
              {t('masterplan.sign.final')}
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('masterplan.sign.back')}
              </Button>
              <Button
                data-autofocus
                loading={sign.isPending}
                onClick={() => sign.mutate(confirming)}
                leftSection={<IconSignature size={16} aria-hidden />}
              >
                {t('masterplan.sign.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Card>
  );
}
