import { Alert, Stepper, Text } from '@mantine/core';
import {
  activeStages,
  isActiveStage,
  stageIndex,
  type ActiveStage,
  type Innovation,
} from '@smartcity/domain';
import { IconCircleX, IconFlag, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useInnovationLabels } from '../hooks/use-innovation-labels';

/**
 * The five lifecycle stages as a stepper: completed stages, the current one, the later ones; a
 * sustained innovation has completed them all; a discontinued one is marked where it stopped.
 * Selecting a reached stage opens its section.
 */
export function LifecycleStepper({
  innovation,
  vertical,
  onSelect,
  discontinuedReason,
}: {
  readonly innovation: Innovation;
  readonly vertical: boolean;
  readonly onSelect: (stage: ActiveStage) => void;
  readonly discontinuedReason: string | null;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const { stage } = innovation;
  const discontinued = stage === 'discontinued';
  const active = isActiveStage(stage)
    ? stageIndex(stage)
    : stage === 'sustained'
      ? activeStages.length
      : stageIndex(innovation.discontinuedFrom ?? 'problem');

  const status = (index: number): string => {
    if (index < active) return t('innovations.stepper.done');
    if (index > active) return t('innovations.stepper.later');
    return discontinued ? t('innovations.stepper.stoppedHere') : t('innovations.stepper.current');
  };

  return (
    <>
      <Text className="visually-hidden">
        {isActiveStage(stage)
          ? t('innovations.stepper.summary', {
              stage: labels.stage(stage),
              number: active + 1,
              total: activeStages.length,
            })
          : labels.stage(stage)}
      </Text>
      <Stepper
        active={active}
        onStepClick={(index) => {
          const chosen = activeStages[index];
          if (chosen) onSelect(chosen);
        }}
        allowNextStepsSelect={false}
        orientation={vertical ? 'vertical' : 'horizontal'}
        labelPosition={vertical ? 'right' : 'bottom'}
        size="sm"
        iconSize={32}
        styles={{ separator: { marginInline: 'var(--mantine-spacing-xs)' } }}
      >
        {activeStages.map((s, index) => (
          <Stepper.Step
            key={s}
            label={labels.stage(s)}
            description={status(index)}
            aria-label={`${labels.stage(s)}: ${status(index)}`}
            {...(discontinued && index === active
              ? { color: 'red', progressIcon: <IconX size={16} aria-hidden /> }
              : {})}
          />
        ))}
      </Stepper>
      {stage === 'sustained' ? (
        <Alert
          mt="md"
          color="teal"
          variant="light"
          icon={<IconFlag aria-hidden />}
          title={t('innovations.stepper.sustainedTitle')}
        >
          {t('innovations.stepper.sustainedBody')}
        </Alert>
      ) : null}
      {discontinued ? (
        <Alert
          mt="md"
          color="red"
          variant="light"
          icon={<IconCircleX aria-hidden />}
          title={t('innovations.stepper.discontinuedTitle', {
            stage: labels.stage(innovation.discontinuedFrom ?? 'problem'),
          })}
        >
          {discontinuedReason
            ? t('innovations.stepper.discontinuedReason', { reason: discontinuedReason })
            : t('innovations.stepper.discontinuedBody')}
        </Alert>
      ) : null}
    </>
  );
}
