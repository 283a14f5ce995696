import { Alert, Button, Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Region } from '@smartcity/domain';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo, isConflict } from '../../common/api-error';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { notify } from '../../common/notify';
import { useRegion } from '../hooks/use-region';
import { regionInputOf, regionValidator, type RegionFormValues } from '../region-form';
import { regionRefusalKey } from '../region-refusals';
import { useRegionTexts } from '../region-texts';
import { EmblemEditor } from './emblem-editor';
import { NotSetUpNotice } from './not-set-up-notice';
import { RegionFields } from './region-fields';

function formValuesOf(region: Region): RegionFormValues {
  return {
    name: region.name,
    kind: region.kind,
    province: region.province,
    code: region.code ?? '',
    branding: region.branding ?? '',
  };
}

/** Profil daerah (coordinators): the region's profile form and its emblem. */
export function RegionProfilePage() {
  useRegionTexts();
  const { t } = useTranslation();
  const region = useRegion();
  return (
    <>
      <PageHeader title={t('region.profile.title')} intro={t('region.profile.intro')} />
      {region.isPending ? (
        <Stack gap="md" maw={720}>
          <Skeleton height={320} />
          <Skeleton height={180} />
        </Stack>
      ) : region.isError ? (
        <QueryError onRetry={() => void region.refetch()} />
      ) : region.data === null ? (
        <NotSetUpNotice />
      ) : (
        <RegionProfileForm region={region.data} />
      )}
    </>
  );
}

function RegionProfileForm({ region }: { readonly region: Region }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  // The version the next save names: the one read, moved on only by this user's own saves and
  // emblem changes (a change by someone else meanwhile must answer CONFLICT, not be overwritten).
  const [version, setVersion] = useState(region.version);
  const form = useForm<RegionFormValues>({
    initialValues: formValuesOf(region),
    validate: regionValidator(t),
  });

  const update = useMutation(
    trpc.region.update.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.region.get.queryKey(), saved);
        setVersion(saved.version);
        form.setInitialValues(formValuesOf(saved));
        form.setValues(formValuesOf(saved));
        notify({ color: 'green', message: t('region.profile.saved') });
      },
      onError: (error) => {
        const info = apiErrorInfo(error);
        for (const [field, messages] of Object.entries(info.fieldErrors)) {
          if (messages[0]) form.setFieldError(field, messages[0]);
        }
        const key = regionRefusalKey(info.details);
        notify({
          color: 'red',
          message: isConflict(info)
            ? t('region.profile.conflict')
            : key
              ? t(key)
              : errorMessage(error),
        });
      },
    }),
  );

  return (
    <Stack gap="md" maw={720}>
      <Alert
        variant="light"
        color={region.isDemo ? 'yellow' : 'gray'}
        icon={<IconInfoCircle aria-hidden />}
      >
        {region.isDemo ? t('region.profile.demo') : t('region.profile.real')}
      </Alert>
      <Card withBorder padding="lg" component="section" aria-labelledby="region-form-title">
        <Title order={3} size="h4" id="region-form-title" mb="md">
          {region.name}
        </Title>
        <form
          noValidate
          onSubmit={form.onSubmit((values) => update.mutate({ ...regionInputOf(values), version }))}
        >
          <Stack gap="md">
            <RegionFields inputProps={(field) => form.getInputProps(field)} />
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                {t('region.profile.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <EmblemEditor region={region} onChanged={(changed) => setVersion(changed.version)} />
    </Stack>
  );
}
