import { Badge } from '@mantine/core';
import type { Stage } from '@smartcity/domain';
import { useInnovationLabels } from '../hooks/use-innovation-labels';

/** The lifecycle stage as a badge (outlined dark gray: readable on white, whatever the stage). */
export function StageBadge({ stage }: { readonly stage: Stage }) {
  const labels = useInnovationLabels();
  return (
    <Badge variant="outline" color="gray.8" style={{ flexShrink: 0 }}>
      {labels.stage(stage)}
    </Badge>
  );
}
