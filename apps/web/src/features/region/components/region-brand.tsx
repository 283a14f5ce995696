import { Group, Image, Stack, Text, Title } from '@mantine/core';
import type { Region } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { emblemUrl } from '../document-title';

type Props = {
  /** The region (null before the setup, undefined while loading): the product stands in. */
  readonly region: Region | null | undefined;
  /** `header`: sized for the app bar (the branding line hidden on phones). */
  readonly size?: 'header' | 'page';
  /** The heading level of the name (the app bar's is the page's h1); null: not a heading. */
  readonly order?: 1 | 2 | 3 | null;
};

/**
 * The region as people recognise it: its emblem, its name and its smart city branding line (the
 * product's name and tagline before the setup). The emblem is decorative here (the name beside
 * it says whose it is), so it has an empty alternative text.
 */
export function RegionBrand({ region, size = 'header', order = 1 }: Props) {
  const { t } = useTranslation();
  const header = size === 'header';
  const name = region?.name ?? t('app.name');
  const line = region ? region.branding : t('app.tagline');
  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      {region?.emblem ? (
        <Image
          src={emblemUrl(region.emblem)}
          alt=""
          w={header ? 36 : 56}
          h={header ? 36 : 56}
          fit="contain"
          style={{ flexShrink: 0 }}
        />
      ) : null}
      <Stack gap={0} miw={0}>
        {order === null ? (
          <Text fw={650} size="lg" lh={1.15} lineClamp={1}>
            {name}
          </Text>
        ) : (
          <Title
            order={order}
            size={header ? 'h4' : 'h3'}
            // On a phone the app bar is narrow: a smaller name on up to two lines, not cut off.
            fz={header ? { base: 'sm', xs: 'lg' } : undefined}
            lh={1.15}
            lineClamp={2}
          >
            {name}
          </Title>
        )}
        {line ? (
          <Text size="xs" c="dimmed" visibleFrom={header ? 'xs' : undefined} truncate="end">
            {line}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
