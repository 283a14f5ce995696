import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { loginInputSchema, type LoginInput } from '@smartcity/domain';
import { IconAlertTriangle, IconChartBar, IconClockHour4 } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { AnchorLink } from '../../common/components/router-links';
import { LanguageSwitch } from '../../shell/components/language-switch';
import type { LoginSearch } from '../login-search';

type Props = {
  readonly search: LoginSearch;
  /** Where to go once logged in. */
  readonly onLoggedIn: (redirect: string) => void;
};

/** The login page: email and password, with the reason the user is here when a session ended. */
export function LoginPage({ search, onLoggedIn }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const form = useForm<LoginInput>({
    initialValues: { email: '', password: '' },
    validate: domainValidator(loginInputSchema, t),
  });
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (me) => {
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), me);
        onLoggedIn(search.redirect ?? '/');
      },
    }),
  );

  const failure = login.error ? apiErrorInfo(login.error) : null;
  const failureText =
    failure?.code === 'UNAUTHORIZED'
      ? t('auth.wrongCredentials')
      : failure?.details?.['reason'] === 'account_inactive'
        ? t('auth.accountInactive')
        : login.error
          ? errorMessage(login.error)
          : null;

  return (
    <Center mih="100vh" p="md" component="main" id="main-content">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between">
          <div>
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <Card withBorder padding="lg" component="section" aria-labelledby="login-title">
          <Title order={2} size="h3" id="login-title" mb={4}>
            {t('auth.loginTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('auth.loginIntro')}
          </Text>
          {search.expired && !login.error ? (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconClockHour4 aria-hidden />}
              mb="md"
              role="status"
            >
              {t('auth.sessionExpired')}
            </Alert>
          ) : null}
          {failureText ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              mb="md"
              role="alert"
            >
              {failureText}
            </Alert>
          ) : null}
          <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={login.isPending} mt="xs">
                {t('auth.submit')}
              </Button>
            </Stack>
          </form>
        </Card>
        <AnchorLink to="/publik" size="sm" ta="center">
          <Group gap={4} component="span" justify="center">
            <IconChartBar size={16} aria-hidden />
            {t('publicDashboard.link')}
          </Group>
        </AnchorLink>
      </Stack>
    </Center>
  );
}
