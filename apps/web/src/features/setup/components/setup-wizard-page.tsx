import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  PasswordInput,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { passwordProblems, setupCoordinatorSchema } from '@smartcity/domain';
import { IconAlertTriangle, IconCircleCheck, IconLogin } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { QueryError } from '../../common/components/query-error';
import { ButtonLink } from '../../common/components/router-links';
import { domainValidator } from '../../common/form-validation';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { notify } from '../../common/notify';
import { RegionBrand } from '../../region/components/region-brand';
import { RegionFields } from '../../region/components/region-fields';
import {
  emptyRegionForm,
  regionInputOf,
  regionValidator,
  type RegionFormValues,
} from '../../region/region-form';
import { regionRefusalKey } from '../../region/region-refusals';
import { useRegionTexts } from '../../region/region-texts';
import { LanguageSwitch } from '../../shell/components/language-switch';

type Values = {
  region: RegionFormValues;
  coordinator: { name: string; email: string; password: string; confirmPassword: string };
};

type Props = {
  /** The token of the setup link the server printed (absent when the link had none). */
  readonly token: string | undefined;
  /** Called once the region is set up and the coordinator logged in. */
  readonly onDone: () => void;
};

/**
 * Siapkan aplikasi (`/siapkan?token=…`): the first run of a deployment without demo data. Two
 * steps — the region, then the first coordinator with their own password — then the
 * coordinator lands on the dashboard, logged in. Without a valid link, or once the region
 * exists, it says so plainly and leads to the login page.
 */
export function SetupWizardPage({ token, onDone }: Props) {
  useRegionTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions({ token }));

  return (
    <Center mih="100vh" p="md" component="main" id="main-content">
      <Stack w="100%" maw={600} gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <RegionBrand region={null} size="page" />
          <LanguageSwitch />
        </Group>
        {status.isPending ? (
          <Group gap="sm" justify="center" p="lg">
            <Loader size="sm" />
            <Text size="sm">{t('region.setup.checking')}</Text>
          </Group>
        ) : status.isError ? (
          <QueryError onRetry={() => void status.refetch()} />
        ) : !status.data.needed ? (
          <Refused title={t('region.setup.doneTitle')} tone="done">
            {t('region.refusals.alreadySetUp')}
          </Refused>
        ) : !status.data.tokenValid ? (
          <Refused title={t('region.setup.invalidTitle')} tone="invalid">
            {t(
              regionRefusalKey({ reason: status.data.tokenProblem }) ?? 'region.setup.invalidTitle',
            )}{' '}
            {t('region.setup.invalidHelp')}
          </Refused>
        ) : (
          <SetupForm token={token ?? ''} onDone={onDone} />
        )}
      </Stack>
    </Center>
  );
}

/** Why the wizard cannot run, with the way to the login page. */
function Refused({
  title,
  tone,
  children,
}: {
  readonly title: string;
  readonly tone: 'done' | 'invalid';
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="setup-refused-title">
      <Alert
        color={tone === 'done' ? 'green' : 'yellow'}
        variant="light"
        icon={tone === 'done' ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
        mb="md"
      >
        <Title order={2} size="h4" id="setup-refused-title" mb={4}>
          {title}
        </Title>
        <Text size="sm">{children}</Text>
      </Alert>
      <ButtonLink to="/masuk" search={{}} leftSection={<IconLogin size={16} aria-hidden />}>
        {t('region.setup.toLogin')}
      </ButtonLink>
    </Card>
  );
}

function SetupForm({ token, onDone }: { readonly token: string; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const [step, setStep] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const validateRegion = regionValidator(t, 'region.');
  const validateCoordinatorFields = domainValidator(setupCoordinatorSchema, t);
  const validateCoordinator = (values: Values['coordinator']): Record<string, string> => {
    const errors = Object.fromEntries(
      Object.entries(
        validateCoordinatorFields({
          name: values.name,
          email: values.email,
          password: values.password,
        }),
      ).map(([path, message]) => [`coordinator.${path}`, message]),
    );
    if (
      !errors['coordinator.password'] &&
      passwordProblems(values.password, values.email).includes('same_as_email')
    ) {
      errors['coordinator.password'] = t('region.setup.sameAsEmail');
    }
    if (values.confirmPassword !== values.password) {
      errors['coordinator.confirmPassword'] = t('region.setup.mismatch');
    }
    return errors;
  };
  const form = useForm<Values>({
    initialValues: {
      region: emptyRegionForm,
      coordinator: { name: '', email: '', password: '', confirmPassword: '' },
    },
    validate: (values) => ({
      ...validateRegion(values.region),
      ...validateCoordinator(values.coordinator),
    }),
  });

  const complete = useMutation(
    trpc.setup.complete.mutationOptions({
      onSuccess: async (me) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), me);
        await queryClient.invalidateQueries({ queryKey: trpc.region.get.queryKey() });
        notify({
          color: 'green',
          message: t('region.setup.welcome', {
            region: regionInputOf(form.getValues().region).name,
            name: me.user.name,
          }),
        });
        onDone();
      },
      onError: (error) => {
        const info = apiErrorInfo(error);
        const reason = info.reason;
        if (
          reason === 'already_set_up' ||
          reason === 'setup_token_invalid' ||
          reason === 'setup_token_expired'
        ) {
          // The page says why and leads to the login page.
          void queryClient.invalidateQueries({ queryKey: trpc.setup.status.queryKey() });
          return;
        }
        if (reason === 'password_policy') {
          form.setFieldError('coordinator.password', t('region.refusals.passwordPolicy'));
          return;
        }
        if (info.domainCode === 'CONFLICT' && info.details?.field === 'email') {
          form.setFieldError('coordinator.email', t('errors.emailTaken'));
          return;
        }
        const fields = Object.entries(info.fieldErrors);
        if (fields.length > 0) {
          for (const [field, messages] of fields) form.setFieldError(field, messages[0] ?? '');
          if (fields.some(([field]) => field.startsWith('region.'))) setStep(0);
          return;
        }
        setFailure(errorMessage(error));
      },
    }),
  );

  const next = () => {
    const errors = validateRegion(form.getValues().region);
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) setStep(1);
  };
  const submit = form.onSubmit(
    (values) => {
      setFailure(null);
      complete.mutate({
        token,
        region: regionInputOf(values.region),
        coordinator: {
          name: values.coordinator.name,
          email: values.coordinator.email,
          password: values.coordinator.password,
        },
      });
    },
    (errors) => {
      if (Object.keys(errors).some((field) => field.startsWith('region.'))) setStep(0);
    },
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="setup-title">
      <Title order={2} size="h3" id="setup-title" mb={4}>
        {t('region.setup.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('region.setup.intro')}
      </Text>
      <Stepper
        active={step}
        onStepClick={(target) => target < step && setStep(target)}
        allowNextStepsSelect={false}
        size="sm"
        mb="md"
        aria-label={t('region.setup.steps')}
      >
        <Stepper.Step
          label={t('region.setup.stepRegion')}
          description={t('region.setup.stepRegionDescription')}
        />
        <Stepper.Step
          label={t('region.setup.stepCoordinator')}
          description={t('region.setup.stepCoordinatorDescription')}
        />
      </Stepper>
      {failure ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          mb="md"
          role="alert"
        >
          {failure}
        </Alert>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          // Enter in the first step moves on; only the second step submits.
          if (step === 0) {
            event.preventDefault();
            next();
          } else submit(event);
        }}
      >
        {step === 0 ? (
          <Stack gap="md">
            <Title order={3} size="h5">
              {t('region.setup.regionTitle')}
            </Title>
            <RegionFields autoFocus inputProps={(field) => form.getInputProps(`region.${field}`)} />
            <Group justify="flex-end">
              <Button onClick={next}>{t('region.setup.next')}</Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <Title order={3} size="h5">
              {t('region.setup.coordinatorTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('region.setup.coordinatorIntro')}
            </Text>
            <TextInput
              label={t('region.setup.name')}
              required
              maxLength={120}
              autoComplete="name"
              autoFocus
              {...form.getInputProps('coordinator.name')}
            />
            <TextInput
              label={t('region.setup.email')}
              type="email"
              required
              autoComplete="username"
              {...form.getInputProps('coordinator.email')}
            />
            <PasswordInput
              label={t('region.setup.password')}
              description={t('region.setup.passwordRules')}
              required
              autoComplete="new-password"
              {...form.getInputProps('coordinator.password')}
            />
            <PasswordInput
              label={t('region.setup.confirmPassword')}
              required
              autoComplete="new-password"
              {...form.getInputProps('coordinator.confirmPassword')}
            />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(0)}>
                {t('region.setup.back')}
              </Button>
              <Button type="submit" loading={complete.isPending}>
                {t('region.setup.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </form>
    </Card>
  );
}
