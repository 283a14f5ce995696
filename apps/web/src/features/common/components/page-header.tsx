import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's title (the page's only h2) and its one-line introduction. */
export function PageHeader({
  title,
  intro,
}: {
  readonly title: string;
  readonly intro?: ReactNode;
}) {
  return (
    <Stack gap={4} mb="lg">
      <Title order={2}>{title}</Title>
      {intro ? <Text c="dimmed">{intro}</Text> : null}
    </Stack>
  );
}
