import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ProfileData, Tahapan } from '@smartcity/domain';
import { IconBuildingCommunity } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import type { Draft } from '../section-values';
import type { InnovationDetailDto } from '../innovation-types';
import { Facts } from './facts';
import { StageBadge } from './stage-badge';

/** The identity and IID profile, read-only. */
export function ProfileFacts({
  profile,
  unitName,
  tahapan,
  withIdentity = false,
  stacked = false,
}: {
  readonly profile: Draft<ProfileData>;
  readonly unitName: string;
  /** The tahapan in effect (when the profile follows the stage, `profile.tahapan` is null). */
  readonly tahapan?: Tahapan;
  /** The title and summary are in the page's header; a draft shows them too. */
  readonly withIdentity?: boolean;
  readonly stacked?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const format = useLocale();
  const tahapanText = profile.tahapan
    ? labels.tahapan(profile.tahapan)
    : tahapan
      ? t('innovations.profile.tahapanAuto', { tahapan: labels.tahapan(tahapan) })
      : t('innovations.form.tahapanFollowStage');
  const extra = (profile.extraDimensions ?? []).map((d) => labels.dimension(d)).join(', ');
  return (
    <Facts
      stacked={stacked}
      items={[
        [t('innovations.fields.unit'), unitName],
        ...(withIdentity
          ? ([
              [t('innovations.fields.title'), profile.title],
              [t('innovations.fields.summary'), profile.summary],
            ] as const)
          : []),
        [
          t('innovations.profile.dimensionElement'),
          profile.dimension && profile.element
            ? `${labels.dimension(profile.dimension)} · ${labels.element(profile.element)}`
            : null,
        ],
        [t('innovations.fields.extraDimensions'), extra],
        [t('innovations.fields.jenis'), profile.jenis && labels.jenis(profile.jenis)],
        [t('innovations.fields.bentuk'), profile.bentuk && labels.bentuk(profile.bentuk)],
        [
          t('innovations.fields.inisiator'),
          profile.inisiator && labels.inisiator(profile.inisiator),
        ],
        [t('innovations.fields.tahapan'), tahapanText],
        [t('innovations.fields.urusan'), profile.urusan],
        [
          t('innovations.fields.trialDate'),
          profile.trialDate && format.calendarDate(profile.trialDate),
        ],
        [
          t('innovations.fields.implementationDate'),
          profile.implementationDate && format.calendarDate(profile.implementationDate),
        ],
      ]}
    />
  );
}

/** The page's header: title, stage, publication, unit, dimension and element, summary, actions. */
export function InnovationHeader({
  detail,
  actions,
}: {
  readonly detail: InnovationDetailDto;
  readonly actions: ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const format = useLocale();
  const { innovation, unit } = detail;
  return (
    <Stack gap="xs" mb="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {innovation.title}
          </Title>
          <Group gap="xs">
            <StageBadge stage={innovation.stage} />
            <Badge variant="outline" color="gray.8">
              {innovation.isPublic ? t('innovations.public') : t('innovations.notPublic')}
            </Badge>
            <Badge variant="outline" color="gray.8">
              {labels.jenis(innovation.jenis)}
            </Badge>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconBuildingCommunity size={16} aria-hidden style={{ flexShrink: 0 }} />
            <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: unit.id }} size="sm">
              {unit.name}
            </AnchorLink>
          </Group>
          <Text size="sm">
            {labels.dimension(innovation.dimension)} · {labels.element(innovation.element)}
          </Text>
        </Stack>
        {actions}
      </Group>
      <Text style={{ overflowWrap: 'anywhere' }}>{innovation.summary}</Text>
      <Text size="xs" c="dimmed">
        {t('innovations.detail.updated', { date: format.dateTime(innovation.updatedAt) })}
      </Text>
    </Stack>
  );
}
