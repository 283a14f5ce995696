import { Badge, Group, Text } from '@mantine/core';
import type { EvaluationStatus, Outcome, RoundStatus } from '@smartcity/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useInnovationLabels } from '../../innovations/hooks/use-innovation-labels';

// Badges carry their meaning in words; the colours (dark shades, readable on white) only help.

const roundColors: Readonly<Record<RoundStatus, string>> = {
  draft: 'gray.8',
  open: 'blue.9',
  closed: 'dark.6',
};

/** A round's status: draft, open for scoring, closed. */
export function RoundStatusBadge({ status }: { readonly status: RoundStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'open' ? 'filled' : 'outline'} color={roundColors[status]}>
      {t(`evaluation.roundStatus.${status}`)}
    </Badge>
  );
}

const outcomeColors: Readonly<Record<Outcome, string>> = {
  impactful: 'green.9',
  needs_improvement: 'orange.9',
  not_impactful: 'red.9',
};

/** A verdict or a recorded outcome. */
export function OutcomeBadge({ outcome }: { readonly outcome: Outcome }) {
  const labels = useInnovationLabels();
  return (
    <Badge variant="outline" color={outcomeColors[outcome]} style={{ flexShrink: 0 }}>
      {labels.outcome(outcome)}
    </Badge>
  );
}

/** An evaluator's sheet: not started, draft, submitted. */
export function SheetStatusBadge({ status }: { readonly status: EvaluationStatus | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={status === 'submitted' ? 'filled' : 'outline'}
      color={status === 'submitted' ? 'green.9' : 'gray.8'}
      style={{ flexShrink: 0 }}
    >
      {t(`evaluation.sheetStatus.${status ?? 'none'}`)}
    </Badge>
  );
}

/** The evaluators differ by 2 points or more on a criterion: an icon and the words. */
export function DisagreementFlag() {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" c="orange.9">
      <IconAlertTriangle size={16} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" span fw={500}>
        {t('evaluation.results.disagreement')}
      </Text>
    </Group>
  );
}
