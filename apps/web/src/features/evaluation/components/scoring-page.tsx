import { Card, Grid, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { activeStages } from '@smartcity/domain';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { DetailStates } from '../../common/components/detail-states';
import { AnchorLink } from '../../common/components/router-links';
import { EvidenceFiles } from '../../innovations/components/evidence-files';
import { NeedView } from '../../innovations/components/need-section';
import { ProblemView } from '../../innovations/components/problem-section';
import { ProcessView } from '../../innovations/components/process-section';
import { ProgressReports } from '../../innovations/components/progress-reports';
import { QuickWinView } from '../../innovations/components/quick-win-section';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../../innovations/hooks/use-innovation-labels';
import type { InnovationDetailDto } from '../../innovations/innovation-types';
import { useEvaluationTexts } from '../evaluation-texts';
import type { SheetDto } from '../evaluation-types';
import { RoundStatusBadge } from './evaluation-badges';
import { ScoreForm } from './score-form';

/**
 * The evaluator's scoring page: everything about the innovation (problem, need and its KPIs with
 * the latest actual values, business process, quick win, progress reports, evidence) beside the
 * score sheet.
 */
export function ScoringPage({
  roundId,
  innovationId,
}: {
  readonly roundId: string;
  readonly innovationId: string;
}) {
  useEvaluationTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sheet = useQuery(trpc.evaluation.sheet.queryOptions({ roundId, innovationId }));
  const detail = useQuery(trpc.innovation.byId.queryOptions({ id: innovationId }));

  return (
    <DetailStates
      queries={[sheet, detail]}
      forbiddenIsNotFound
      skeleton={
        <Stack aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={32} width="60%" />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Skeleton height={320} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Skeleton height={320} />
            </Grid.Col>
          </Grid>
        </Stack>
      }
    >
      {(sheetData, detailData) => (
        <ScoringView
          sheet={sheetData}
          detail={detailData}
          roundId={roundId}
          innovationId={innovationId}
        />
      )}
    </DetailStates>
  );
}

function ScoringView({
  sheet,
  detail,
  roundId,
  innovationId,
}: {
  readonly sheet: SheetDto;
  readonly detail: InnovationDetailDto;
  readonly roundId: string;
  readonly innovationId: string;
}) {
  const { t } = useTranslation();
  const { round } = sheet;
  return (
    <>
      <AnchorLink to="/penilaian" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('evaluation.scoring.back')}
        </Group>
      </AnchorLink>
      <Stack gap={6} mt="xs" mb="md">
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {detail.innovation.title}
        </Title>
        <Group gap="xs">
          <Text size="sm">{detail.unit.name}</Text>
          <Text size="sm" c="dimmed">
            · {round.name}
          </Text>
          <RoundStatusBadge status={round.status} />
        </Group>
        <Text style={{ overflowWrap: 'anywhere' }}>{detail.innovation.summary}</Text>
      </Stack>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <InnovationDossier detail={detail} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ScoreForm sheet={sheet} roundId={roundId} innovationId={innovationId} />
        </Grid.Col>
      </Grid>
    </>
  );
}

/** The innovation read-only, section by section, as the evaluator needs it to score. */
function InnovationDossier({ detail }: { readonly detail: InnovationDetailDto }) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const { sections } = detail.innovation;
  const files = detail.files;
  const section = (id: string, title: string, content: React.ReactNode) => (
    <Card withBorder component="section" aria-labelledby={`dossier-${id}`}>
      <Title order={3} size="h4" id={`dossier-${id}`} mb="sm">
        {title}
      </Title>
      {content}
    </Card>
  );
  return (
    <Stack gap="md">
      {section('problem', labels.stage('problem'), <ProblemView data={sections.problem} />)}
      {section(
        'need',
        labels.stage('need'),
        <Stack gap="md">
          <NeedView data={sections.need} />
          <KpiActuals detail={detail} />
        </Stack>,
      )}
      {section('process', labels.stage('process'), <ProcessView data={sections.process} />)}
      {section(
        'quick_win',
        labels.stage('quick_win'),
        <Stack gap="md">
          <QuickWinView data={sections.quick_win} />
          <ProgressReports detail={{ ...detail, can: { ...detail.can, edit: [] } }} />
        </Stack>,
      )}
      {section(
        'evidence',
        t('evaluation.scoring.evidence'),
        <Stack gap="md">
          {activeStages
            .filter((s) => files.some((f) => f.section === s))
            .map((s) => (
              <EvidenceFiles
                key={s}
                innovationId={detail.innovation.id}
                section={s}
                files={files.filter((f) => f.section === s)}
                canUpload={false}
              />
            ))}
          {files.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('evaluation.scoring.noEvidence')}
            </Text>
          ) : null}
        </Stack>,
      )}
    </Stack>
  );
}

/** The need's KPIs: baseline, target and the latest actual value from the progress reports. */
function KpiActuals({ detail }: { readonly detail: InnovationDetailDto }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useLocale();
  const reports = useQuery(trpc.progress.list.queryOptions({ innovationId: detail.innovation.id }));
  const indicators = detail.innovation.sections.need.indicators ?? [];
  if (indicators.length === 0) return null;
  // Reports come newest first: the first that gives a KPI's value is its latest.
  const latest = (name: string) => {
    for (const r of reports.data ?? []) {
      const actual = r.kpiActuals.find((k) => k.name === name);
      if (actual) return { value: actual.actual, date: r.reportDate };
    }
    return null;
  };
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-label={t('evaluation.scoring.kpiTable')} verticalSpacing="xs" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('evaluation.scoring.kpi')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('evaluation.scoring.baseline')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('evaluation.scoring.target')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('evaluation.scoring.actual')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((k) => {
            const actual = latest(k.name ?? '');
            return (
              <Table.Tr key={k.name}>
                <Table.Th scope="row" fw={500}>
                  {k.name} {k.unit ? `(${k.unit})` : ''}
                </Table.Th>
                <Table.Td ta="right">
                  {typeof k.baseline === 'number' ? format.number(k.baseline) : '–'}
                </Table.Td>
                <Table.Td ta="right">
                  {typeof k.target === 'number' ? format.number(k.target) : '–'}
                </Table.Td>
                <Table.Td ta="right">
                  {actual ? (
                    <>
                      {format.number(actual.value)}
                      <Text size="xs" c="dimmed">
                        {format.calendarDate(actual.date)}
                      </Text>
                    </>
                  ) : reports.isPending ? (
                    '…'
                  ) : (
                    t('evaluation.scoring.noActual')
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
