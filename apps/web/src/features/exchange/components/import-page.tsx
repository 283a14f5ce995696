import { Alert, Button, Card, FileInput, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { ImportAnswer } from '@smartcity/api';
import {
  maxImportRows,
  importEntities,
  importEntityLabels,
  type DataImport,
  type ImportEntity,
} from '@smartcity/domain';
import { IconCheck, IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { useLocale } from '../../common/hooks/use-locale';
import { useExchangeTexts } from '../exchange-texts';
import { useImportRun } from '../hooks/use-import-run';
import { useRunFailureMessage } from '../hooks/use-run-failure-message';
import type { ImportSearch } from '../import-search';
import { fileTooLarge } from '../import-stream';
import { ImportHistory } from './import-history';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';

type Props = {
  readonly search: ImportSearch;
  readonly onSearchChange: (next: ImportSearch) => void;
};

/**
 * Impor data (coordinators): choose what to import, download its template, pick a file and check
 * it (a dry run that changes nothing, with a real progress bar: the upload, then the server's
 * reading and checking), read the report by row and column, apply it when it is clean, and see
 * the history of imports.
 */
export function ImportPage({ search, onSearchChange }: Props) {
  useExchangeTexts();
  const { t } = useTranslation();
  const localized = useLocalized();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const entity: ImportEntity = search.data ?? 'units';
  const [file, setFile] = useState<File | null>(null);
  /** Whether the report shown is the current run's (its progress bar stays) or the history's. */
  const [fromHistory, setFromHistory] = useState(false);
  const run = useImportRun();
  const failureMessage = useRunFailureMessage();
  const format = useLocale();
  const state = run.state;
  const running = state.status === 'running';
  const answer = state.status === 'done' ? state.answer : null;
  const tooLarge = file !== null && fileTooLarge(file);

  const choose = (next: ImportEntity) => {
    run.reset();
    setFile(null);
    setFromHistory(false);
    onSearchChange({ data: next });
  };
  const view = async (item: DataImport) => {
    const detail = await queryClient.fetchQuery(trpc.dataImport.byId.queryOptions({ id: item.id }));
    const shown: ImportAnswer = {
      importId: detail.import.id,
      entity: detail.import.entity,
      filename: detail.import.filename,
      step: detail.import.status === 'committed' ? 'commit' : 'check',
      outcome: detail.import.status,
      status: detail.import.status,
      report: detail.report,
      usersWithoutPassword: 0,
    };
    setFromHistory(true);
    run.show(shown);
  };

  const progress = (() => {
    if (state.status === 'running')
      return (
        <ImportProgress
          progress={state.progress}
          committing={state.step === 'commit'}
          finished={null}
        />
      );
    if (state.status === 'done' && !fromHistory)
      return (
        <ImportProgress
          progress={null}
          committing={state.answer.step === 'commit'}
          finished={state.answer.outcome === 'committed' ? 'committed' : 'checked'}
        />
      );
    return null;
  })();

  return (
    <>
      <PageHeader title={t('exchange.title')} intro={t('exchange.intro')} />
      <Stack gap="lg">
        <Card withBorder padding="md">
          <Stack gap="sm">
            <NativeSelect
              label={t('exchange.entity.label')}
              description={t(`exchange.entity.hint.${entity}`)}
              value={entity}
              disabled={running}
              maw={420}
              data={importEntities.map((e) => ({
                value: e,
                label: localized(importEntityLabels[e]),
              }))}
              onChange={(event) => choose(event.currentTarget.value as ImportEntity)}
            />
            <Text size="sm" c="dimmed">
              {t('exchange.template.hint')}
            </Text>
            <Group gap="xs">
              <Button
                component="a"
                href={`/imports/${entity}/template.xlsx`}
                download
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t('exchange.template.xlsx')}
              </Button>
              <Button
                component="a"
                href={`/imports/${entity}/template.csv`}
                download
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t('exchange.template.csv')}
              </Button>
            </Group>
          </Stack>
        </Card>

        <Card withBorder padding="md">
          <Stack gap="sm">
            <FileInput
              id="import-file"
              label={t('exchange.file.label')}
              description={t('exchange.file.hint', { rows: format.number(maxImportRows) })}
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              value={file}
              disabled={running}
              clearable
              clearButtonProps={{ 'aria-label': t('exchange.file.clear') }}
              maw={520}
              error={tooLarge ? t('exchange.file.tooLarge') : undefined}
              onChange={(next) => {
                setFile(next);
                setFromHistory(false);
                run.reset();
              }}
            />
            <Group gap="xs">
              <Button
                leftSection={<IconUpload size={16} aria-hidden />}
                disabled={!file || tooLarge || running}
                loading={running && state.step === 'check'}
                onClick={() => {
                  if (!file) return;
                  setFromHistory(false);
                  void run.check(entity, file);
                }}
              >
                {t('exchange.check')}
              </Button>
              <Button
                color="teal.9"
                leftSection={<IconCheck size={16} aria-hidden />}
                disabled={answer?.status !== 'checked' || answer.step !== 'check'}
                loading={running && state.step === 'commit'}
                aria-describedby="import-apply-hint"
                onClick={() => {
                  if (!answer) return;
                  setFromHistory(false);
                  void run.commit(answer.importId);
                }}
              >
                {t('exchange.apply')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" id="import-apply-hint">
              {t('exchange.applyHint')}
            </Text>
            {progress}
            {state.status === 'failed' ? (
              <Alert color="red" variant="light" role="alert">
                {failureMessage(state.failure)}
              </Alert>
            ) : null}
          </Stack>
        </Card>

        {answer ? <ImportReport answer={answer} /> : null}

        <ImportHistory onView={(item) => void view(item)} />
      </Stack>
    </>
  );
}
