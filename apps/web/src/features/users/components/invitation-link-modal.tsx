import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { IssuedAccountToken } from '@smartcity/api';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';

/** The link of an invitation token: the public page `/undangan?token=…` of this app. */
export function invitationLink(token: string, origin: string): string {
  const url = new URL('/undangan', origin);
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * The invitation link just issued, shown once (the server keeps only its hash), with a copy
 * button and when it expires.
 */
export function InvitationLinkModal({
  name,
  invitation,
  onClose,
}: {
  readonly name: string;
  readonly invitation: IssuedAccountToken;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useLocale();
  const link = invitationLink(invitation.token, window.location.origin);
  const expires = format.longDateTime(invitation.expiresAt);
  return (
    <Modal opened onClose={onClose} title={t('accounts.users.linkTitle', { name })} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('accounts.users.linkBody', { name, expires })}</Text>
        <TextInput
          label={t('accounts.users.linkLabel')}
          value={link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Group justify="flex-end">
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'filled'}
                color={copied ? 'green.9' : undefined}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
                onClick={copy}
              >
                {copied ? t('accounts.users.copied') : t('accounts.users.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            {t('accounts.users.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
