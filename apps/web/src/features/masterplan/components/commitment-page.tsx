import {
  Alert,
  Blockquote,
  Button,
  Card,
  Group,
  Progress,
  RingProgress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Me } from '@smartcity/api';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { ExportMenu } from '../../exports/components/export-menu';
import { QueryError } from '../../common/components/query-error';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import { commitmentSummary } from '../commitment-counts';
import { useUnitNames } from '../hooks/use-unit-names';
import { canManageMasterplan, canSign, masterplanActor } from '../masterplan-access';
import { useMasterplanTexts } from '../masterplan-texts';
import type { CommitmentDto } from '../masterplan-types';
import { MasterplanNav } from './masterplan-nav';
import { MasterplanSkeleton, NoMasterplan } from './masterplan-states';
import { SignForm } from './sign-form';
import { WithdrawModal } from './withdraw-modal';

/**
 * Komitmen bersama: the statement, how many units have signed (N of M), who signed (signer,
 * position, date) and who has not, and the withdrawn signatures. A unit head whose unit has not
 * signed signs here; coordinators withdraw a signature with a reason.
 */
export function CommitmentPage({ me }: { readonly me: Me }) {
  useMasterplanTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useLocale();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const overview = useQuery(trpc.masterplan.overview.queryOptions());
  const units = useUnitNames();
  const [withdrawing, setWithdrawing] = useState<{ id: string; name: string } | null>(null);
  const ids = { statement: useId(), signed: useId(), unsigned: useId(), history: useId() };
  const actor = masterplanActor(me);

  const header = (
    <>
      <MasterplanNav current="commitment" />
      <Group justify="space-between" align="flex-start">
        <PageHeader
          title={t('masterplan.commitment.title')}
          intro={t('masterplan.commitment.intro')}
        />
        <ExportMenu list="signatures" />
      </Group>
    </>
  );
  if (overview.isPending || units.query.isPending) {
    return (
      <>
        {header}
        <MasterplanSkeleton />
      </>
    );
  }
  if (overview.isError || units.query.isError) {
    return (
      <>
        {header}
        <QueryError
          onRetry={() => {
            void overview.refetch();
            void units.query.refetch();
          }}
        />
      </>
    );
  }
  const plan = overview.data.masterplan;
  if (!plan) {
    return (
      <>
        {header}
        <NoMasterplan />
      </>
    );
  }
  const { commitments } = overview.data;
  const summary = commitmentSummary({
    commitments: commitments.all,
    signedUnitIds: commitments.signedUnitIds,
    unitCount: commitments.unitCount,
    units: units.units,
  });
  const manage = canManageMasterplan(actor);
  const ownSignature =
    actor.unitId !== null
      ? summary.standing.find((s) => s.commitment.unitId === actor.unitId)
      : undefined;
  const unitLink = (id: string, name: string) => (
    <AnchorLink
      to="/perangkat-daerah/$unitId"
      params={{ unitId: id }}
      fw={600}
      style={{ overflowWrap: 'anywhere' }}
    >
      {name}
    </AnchorLink>
  );
  const withdrawButton = (c: CommitmentDto, name: string) =>
    manage ? (
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => setWithdrawing({ id: c.unitId, name })}
        aria-label={t('masterplan.withdraw.actionOf', { unit: name })}
      >
        {t('masterplan.withdraw.action')}
      </Button>
    ) : null;
  const countText = t('masterplan.commitment.count', {
    signed: summary.signed,
    total: summary.total,
  });

  return (
    <>
      {header}
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card withBorder component="section" aria-labelledby={ids.statement}>
            <Title order={3} size="h4" id={ids.statement} mb="xs">
              {t('masterplan.commitment.statement')}
            </Title>
            <Blockquote p="sm" color="blue" style={{ whiteSpace: 'pre-line' }}>
              {plan.commitmentStatement}
            </Blockquote>
          </Card>
          <Card withBorder>
            <Group wrap="nowrap" gap="md">
              <RingProgress
                size={120}
                thickness={12}
                roundCaps
                sections={[{ value: summary.percent, color: 'teal' }]}
                label={
                  <Text ta="center" fw={700} size="lg" aria-hidden>
                    {format.percent(summary.percent)}
                  </Text>
                }
                aria-hidden
              />
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text fw={700} size="lg" data-testid="signed-count">
                  {countText}
                </Text>
                <Progress value={summary.percent} color="teal" mt="xs" aria-hidden />
              </div>
            </Group>
          </Card>
        </SimpleGrid>

        {ownSignature ? (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
            {t('masterplan.commitment.ownSigned', {
              name: ownSignature.commitment.signerName,
              date: format.calendarDate(ownSignature.commitment.signedOn),
            })}
          </Alert>
        ) : canSign(actor, commitments.signedUnitIds) ? (
          <SignForm me={me} statement={plan.commitmentStatement} />
        ) : null}

        <Card withBorder component="section" aria-labelledby={ids.signed}>
          <Title order={3} size="h4" id={ids.signed} mb="sm">
            {t('masterplan.commitment.signedTitle', { count: summary.standing.length })}
          </Title>
          {summary.standing.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('masterplan.commitment.noneSigned')}
            </Text>
          ) : wide ? (
            <Table.ScrollContainer minWidth={720}>
              <Table striped aria-labelledby={ids.signed}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('masterplan.commitment.colUnit')}</Table.Th>
                    <Table.Th scope="col">{t('masterplan.commitment.colSigner')}</Table.Th>
                    <Table.Th scope="col">{t('masterplan.commitment.colPosition')}</Table.Th>
                    <Table.Th scope="col">{t('masterplan.commitment.colDate')}</Table.Th>
                    {manage ? (
                      <Table.Th scope="col">
                        <span className="visually-hidden">
                          {t('masterplan.actions.colActions')}
                        </span>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.standing.map(({ commitment: c, unit }) => {
                    const name = unit?.name ?? '—';
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Td miw={220} maw={320}>
                          {unit ? unitLink(unit.id, name) : name}
                        </Table.Td>
                        <Table.Td>
                          {c.signerName}
                          <Text size="xs" c="dimmed">
                            {t('masterplan.commitment.nip', { nip: c.signerNip })}
                          </Text>
                        </Table.Td>
                        <Table.Td>{c.signerPosition}</Table.Td>
                        <Table.Td>{format.calendarDate(c.signedOn)}</Table.Td>
                        {manage ? <Table.Td>{withdrawButton(c, name)}</Table.Td> : null}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Stack
              gap="xs"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={ids.signed}
            >
              {summary.standing.map(({ commitment: c, unit }) => {
                const name = unit?.name ?? '—';
                return (
                  <Card key={c.id} component="li" withBorder padding="sm">
                    {unit ? unitLink(unit.id, name) : <Text fw={600}>{name}</Text>}
                    <Text size="sm">
                      {c.signerName} · {c.signerPosition}
                    </Text>
                    <Group justify="space-between" gap="xs">
                      <Text size="xs" c="dimmed">
                        {format.calendarDate(c.signedOn)} ·{' '}
                        {t('masterplan.commitment.nip', { nip: c.signerNip })}
                      </Text>
                      {withdrawButton(c, name)}
                    </Group>
                  </Card>
                );
              })}
            </Stack>
          )}
        </Card>

        <Card withBorder component="section" aria-labelledby={ids.unsigned}>
          <Title order={3} size="h4" id={ids.unsigned} mb="sm">
            {t('masterplan.commitment.unsignedTitle', { count: summary.unsigned.length })}
          </Title>
          {summary.unsigned.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('masterplan.commitment.allSigned')}
            </Text>
          ) : (
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing={4}
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={ids.unsigned}
            >
              {summary.unsigned.map((u) => (
                <li key={u.id}>
                  <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: u.id }} size="sm">
                    {u.name}
                  </AnchorLink>
                </li>
              ))}
            </SimpleGrid>
          )}
        </Card>

        <Card withBorder component="section" aria-labelledby={ids.history}>
          <Title order={3} size="h4" id={ids.history} mb="sm">
            {t('masterplan.commitment.historyTitle')}
          </Title>
          {summary.withdrawn.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('masterplan.commitment.noHistory')}
            </Text>
          ) : (
            <Stack
              gap="xs"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={ids.history}
            >
              {summary.withdrawn.map(({ commitment: c, unit }) => (
                <Card key={c.id} component="li" withBorder padding="sm">
                  <Text fw={600} size="sm">
                    {unit?.name ?? '—'}
                  </Text>
                  <Text size="sm">
                    {t('masterplan.commitment.withdrawnLine', {
                      name: c.signerName,
                      signed: format.calendarDate(c.signedOn),
                      withdrawn: format.date(c.withdrawnAt ?? c.signedAt),
                    })}
                  </Text>
                  {c.withdrawalReason ? (
                    <Text size="sm" c="dimmed">
                      {t('masterplan.commitment.reason', { reason: c.withdrawalReason })}
                    </Text>
                  ) : null}
                </Card>
              ))}
            </Stack>
          )}
        </Card>
      </Stack>
      {withdrawing ? (
        <WithdrawModal
          unitId={withdrawing.id}
          unitName={withdrawing.name}
          onClose={() => setWithdrawing(null)}
        />
      ) : null}
    </>
  );
}
