import { Card, List, SimpleGrid, Stepper, Text, ThemeIcon, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { bimtekChecklist, bimtekStages } from '@smartcity/domain';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import type { MasterplanDto } from '../masterplan-types';

/**
 * The four Bimtek rounds (I–IV): how far the region has come, each round's date, and the checklist
 * of what each round produces (done or not yet).
 */
export function BimtekProgress({ masterplan }: { readonly masterplan: MasterplanDto }) {
  const { t } = useTranslation();
  const labels = useMasterplanLabels();
  const format = useLocale();
  const titleId = useId();
  const vertical = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const reached = masterplan.bimtekStage ? bimtekStages.indexOf(masterplan.bimtekStage) : -1;
  const done = new Set(masterplan.bimtekChecklist);
  const status = (index: number) =>
    index < reached
      ? t('masterplan.bimtek.done')
      : index === reached
        ? t('masterplan.bimtek.current')
        : t('masterplan.bimtek.later');

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {t('masterplan.bimtek.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {masterplan.bimtekStage
          ? t('masterplan.bimtek.reached', { stage: masterplan.bimtekStage })
          : t('masterplan.bimtek.notStarted')}
      </Text>
      <Stepper
        active={reached}
        orientation={vertical ? 'vertical' : 'horizontal'}
        size="sm"
        iconSize={32}
        allowNextStepsSelect={false}
        styles={{ separator: { marginInline: 'var(--mantine-spacing-xs)' } }}
      >
        {bimtekStages.map((stage, index) => {
          const date = masterplan.bimtekDates[stage];
          const description = [status(index), date ? format.calendarDate(date) : null]
            .filter(Boolean)
            .join(' · ');
          return (
            <Stepper.Step
              key={stage}
              label={labels.bimtekStage(stage)}
              description={description}
              aria-label={`${labels.bimtekStage(stage)}: ${description}`}
            />
          );
        })}
      </Stepper>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mt="md" spacing="sm">
        {bimtekStages.map((stage) => (
          <div key={stage}>
            <Text size="sm" fw={600} mb={4}>
              {t('masterplan.bimtek.checklistOf', { stage })}
            </Text>
            <List spacing={4} size="sm" center>
              {bimtekChecklist[stage].map((item) => {
                const isDone = done.has(item.key);
                return (
                  <List.Item
                    key={item.key}
                    icon={
                      <ThemeIcon
                        size={20}
                        radius="xl"
                        color={isDone ? 'teal' : 'gray'}
                        variant={isDone ? 'filled' : 'light'}
                        aria-hidden
                      >
                        {isDone ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
                      </ThemeIcon>
                    }
                  >
                    {labels.checklistItem(item.key)}
                    <span className="visually-hidden">
                      {' '}
                      ({isDone ? t('masterplan.bimtek.itemDone') : t('masterplan.bimtek.itemOpen')})
                    </span>
                  </List.Item>
                );
              })}
            </List>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}

/** The vision and the mission list. */
export function VisionMission({ masterplan }: { readonly masterplan: MasterplanDto }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {t('masterplan.vision.title')}
      </Title>
      <Text style={{ whiteSpace: 'pre-line' }}>
        {masterplan.vision.trim() === '' ? t('masterplan.vision.none') : masterplan.vision}
      </Text>
      <Title order={4} size="h5" mt="md" mb={4}>
        {t('masterplan.vision.mission')}
      </Title>
      {masterplan.mission.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('masterplan.vision.noMission')}
        </Text>
      ) : (
        <List type="ordered" spacing={4}>
          {masterplan.mission.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
