import { Accordion, Button, Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  activeStages,
  emptySections,
  isActiveStage,
  stageIndex,
  type ActiveStage,
  type Innovation,
} from '@smartcity/domain';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { DetailStates, PageSkeleton } from '../../common/components/detail-states';
import { AnchorLink } from '../../common/components/router-links';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import type { InnovationDetailDto } from '../innovation-types';
import { sameData } from '../section-values';
import { GatePanel } from './gate-panel';
import { InnovationHeader, ProfileFacts } from './innovation-header';
import { InnovationTimeline } from './innovation-timeline';
import { LifecycleActions } from './lifecycle-actions';
import { LifecycleStepper } from './lifecycle-stepper';
import { ProfileEditorModal } from './profile-editor';
import { SectionPanel } from './section-panel';

// The evaluation history is its own small chunk, loaded after the page shows.
const EvaluationHistory = lazy(async () => {
  const [m] = await Promise.all([
    import('../../evaluation/components/evaluation-history'),
    import('../../evaluation/evaluation-texts').then((texts) => texts.loadEvaluationTexts()),
  ]);
  return { default: m.EvaluationHistory };
});

/** The last active stage an innovation reached (sustained: all; discontinued: where it stopped). */
function reachedStage(innovation: Innovation): ActiveStage {
  if (isActiveStage(innovation.stage)) return innovation.stage;
  if (innovation.stage === 'sustained') return 'evaluation';
  return innovation.discontinuedFrom ?? 'problem';
}

/** The sections shown: every stage reached, and later ones that kept content after a move back. */
function shownSections(innovation: Innovation): ActiveStage[] {
  const reached = stageIndex(reachedStage(innovation));
  const empty = emptySections();
  return activeStages.filter(
    (s) => stageIndex(s) <= reached || !sameData(innovation.sections[s], empty[s]),
  );
}

/** The reason of the latest discontinuation, from the timeline. */
function discontinuedReason(detail: InnovationDetailDto): string | null {
  const event = detail.timeline.find((e) => e.action === 'innovation.discontinued');
  const after = event?.after as { reason?: unknown } | null | undefined;
  return typeof after?.reason === 'string' ? after.reason : null;
}

/**
 * One innovation: header, lifecycle stepper, the current gate with the button to move on, the
 * sections (editable where allowed), evidence files, the IID profile and the event timeline.
 */
export function InnovationDetailPage({ innovationId }: { readonly innovationId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.innovation.byId.queryOptions({ id: innovationId }));

  return (
    <DetailStates
      queries={[detail]}
      skeleton={<PageSkeleton blocks={[{ height: 32, width: '60%' }, 60, 240]} />}
    >
      {(data) => <InnovationDetail key={data.innovation.id} detail={data} />}
    </DetailStates>
  );
}

function InnovationDetail({ detail }: { readonly detail: InnovationDetailDto }) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  // The horizontal stepper needs room for five labelled steps.
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const { innovation } = detail;
  const current = reachedStage(innovation);
  const [opened, setOpened] = useState<string[]>([current]);
  // When the innovation moves (advance, move back), open its new current section too.
  const [shownStage, setShownStage] = useState(innovation.stage);
  if (shownStage !== innovation.stage) {
    setShownStage(innovation.stage);
    if (!opened.includes(current)) setOpened([...opened, current]);
  }
  const [dirty, setDirty] = useState<Partial<Record<ActiveStage, boolean>>>({});
  const dirtyHandlers = useMemo(
    () =>
      Object.fromEntries(
        activeStages.map((s) => [
          s,
          (value: boolean) =>
            setDirty((previous) =>
              previous[s] === value ? previous : { ...previous, [s]: value },
            ),
        ]),
      ) as Record<ActiveStage, (value: boolean) => void>,
    [],
  );
  const [editingProfile, setEditingProfile] = useState(false);
  const sections = shownSections(innovation);
  const unsaved = activeStages.filter((s) => dirty[s] === true);

  const openSection = (stage: ActiveStage) => {
    if (!opened.includes(stage)) setOpened([...opened, stage]);
    // After the panel has opened.
    window.setTimeout(
      () =>
        document
          .getElementById(`section-${stage}`)
          ?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
      50,
    );
  };

  const statusOf = (stage: ActiveStage): string => {
    const editable = detail.can.edit.includes(stage);
    const where =
      stage !== current
        ? stageIndex(stage) < stageIndex(current)
          ? t('innovations.stepper.done')
          : t('innovations.stepper.later')
        : innovation.stage === 'discontinued'
          ? t('innovations.stepper.stoppedHere')
          : innovation.stage === 'sustained'
            ? t('innovations.stepper.done')
            : t('innovations.stepper.current');
    return `${where} · ${editable ? t('innovations.section.editable') : t('innovations.section.readOnly')}`;
  };

  return (
    <>
      <AnchorLink to="/inovasi" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('innovations.detail.backToList')}
        </Group>
      </AnchorLink>
      <InnovationHeader detail={detail} actions={<LifecycleActions detail={detail} />} />

      <Card withBorder component="section" aria-labelledby="lifecycle-title" mb="md">
        <Title order={3} size="h4" id="lifecycle-title" mb="sm">
          {t('innovations.stepper.title')}
        </Title>
        <LifecycleStepper
          innovation={innovation}
          vertical={!wide}
          onSelect={openSection}
          discontinuedReason={
            innovation.stage === 'discontinued' ? discontinuedReason(detail) : null
          }
        />
      </Card>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {isActiveStage(innovation.stage) ? (
            <GatePanel detail={detail} stage={innovation.stage} unsavedSections={unsaved} />
          ) : null}
          <Title order={3} size="h4" mb="xs">
            {t('innovations.detail.sections')}
          </Title>
          <Accordion multiple value={opened} onChange={setOpened} variant="separated" order={4}>
            {sections.map((stage) => (
              <Accordion.Item key={stage} value={stage} id={`section-${stage}`}>
                <Accordion.Control>
                  <Text fw={600} span>
                    {stageIndex(stage) + 1}. {labels.stage(stage)}
                  </Text>{' '}
                  <Text size="sm" c="dimmed" span>
                    ({statusOf(stage)})
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <SectionPanel
                    detail={detail}
                    section={stage}
                    onDirtyChange={dirtyHandlers[stage]}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Card withBorder component="section" aria-labelledby="profile-title">
              <Group justify="space-between" mb="xs" gap="xs">
                <Title order={3} size="h4" id="profile-title">
                  {t('innovations.profile.title')}
                </Title>
                {detail.can.edit.includes('profile') ? (
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setEditingProfile(true)}
                  >
                    {t('innovations.profile.edit')}
                  </Button>
                ) : null}
              </Group>
              <ProfileFacts
                profile={{
                  ...innovation,
                  tahapan: innovation.tahapanManual ? innovation.tahapan : null,
                }}
                unitName={detail.unit.name}
                tahapan={innovation.tahapan}
                stacked
              />
            </Card>
            <Suspense fallback={<Skeleton height={80} />}>
              <EvaluationHistory innovationId={innovation.id} />
            </Suspense>
            <Card withBorder component="section" aria-labelledby="timeline-title">
              <Title order={3} size="h4" id="timeline-title" mb="sm">
                {t('innovations.timeline.title')}
              </Title>
              <InnovationTimeline entries={detail.timeline} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      {editingProfile ? (
        <ProfileEditorModal
          innovation={innovation}
          unitName={detail.unit.name}
          onClose={() => setEditingProfile(false)}
        />
      ) : null}
    </>
  );
}
