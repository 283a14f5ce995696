import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { loginInputSchema, type LoginInput } from '@smartcity/domain';
import { IconAlertTriangle, IconChartBar, IconClockHour4 } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { AnchorLink } from '../../common/components/router-links';
import { NotSetUpNotice } from '../../region/components/not-set-up-notice';
import { RegionBrand } from '../../region/components/region-brand';
import { useRegion } from '../../region/hooks/use-region';
import { LanguageSwitch } from '../../shell/components/language-switch';
import type { LoginSearch } from '../login-search';

type Props = {
  readonly search: LoginSearch;
  /** Where to go once logged in. */
  readonly onLoggedIn: (redirect: string) => void;
};

/**
 * The login page: the region (emblem, name, branding line), then email and password, with the
 * reason the user is here when a session ended. Before the setup (no region) it says that the
 * app is not set up yet rather than offering a login that no account can pass; an account made
 * with the CLI's create-coordinator can still log in from there.
 */
export function LoginPage({ search, onLoggedIn }: Props) {
  const { t } = useTranslation();
  const region = useRegion();
  const [loginAnyway, setLoginAnyway] = useState(false);
  const notSetUp = region.data === null && !loginAnyway;
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
    failure?.domainCode === 'UNAUTHENTICATED'
      ? t('auth.wrongCredentials')
      : failure?.reason === 'account_inactive'
        ? t('auth.accountInactive')
        : login.error
          ? errorMessage(login.error)
          : null;

  return (
    <Center mih="100vh" p="md" component="main" id="main-content">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <RegionBrand region={region.data} size="page" />
          <LanguageSwitch />
        </Group>
        {region.isPending ? (
          <Center p="lg">
            <Loader size="sm" />
            <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          </Center>
        ) : notSetUp ? (
          <NotSetUpNotice>
            <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => setLoginAnyway(true)}>
              {t('setupNotice.loginAnyway')}
            </Button>
          </NotSetUpNotice>
        ) : (
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
        )}
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
