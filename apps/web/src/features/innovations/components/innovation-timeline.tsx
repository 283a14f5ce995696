import { Button, Text, Timeline } from '@mantine/core';
import { isActiveStage, stages, type Outcome, type Stage } from '@smartcity/domain';
import {
  IconArrowBackUp,
  IconArrowMerge,
  IconArrowRight,
  IconCircleX,
  IconEye,
  IconEyeOff,
  IconFileImport,
  IconPaperclip,
  IconPencil,
  IconPlayerPlay,
  IconPlus,
  IconChartLine,
  IconPoint,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import type { TimelineEntryDto } from '../innovation-types';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const asStage = (value: unknown): Stage | null =>
  typeof value === 'string' && (stages as readonly string[]).includes(value)
    ? (value as Stage)
    : null;

/** How many events show before "show all". */
const initiallyShown = 15;

/** The innovation's events, newest first, each as a sentence with who and when. */
export function InnovationTimeline({ entries }: { readonly entries: readonly TimelineEntryDto[] }) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const format = useLocale();
  const [showAll, setShowAll] = useState(false);

  const stageText = (value: unknown) => {
    const stage = asStage(value);
    return stage ? labels.stage(stage) : '–';
  };
  const sectionText = (value: unknown) => {
    if (value === 'profile') return t('innovations.profile.title');
    const stage = asStage(value);
    return stage && isActiveStage(stage) ? labels.stage(stage) : (str(value) ?? '–');
  };

  const describe = (
    entry: TimelineEntryDto,
  ): { icon: ReactNode; title: string; detail?: string } => {
    const before = record(entry.before);
    const after = record(entry.after);
    const reason = str(after.reason);
    switch (entry.action) {
      case 'innovation.created':
        return { icon: <IconPlus size={12} />, title: t('innovations.timeline.created') };
      case 'innovation.section_updated':
        return {
          icon: <IconPencil size={12} />,
          title: t('innovations.timeline.sectionUpdated', {
            section: sectionText(after.section),
          }),
        };
      case 'innovation.advanced': {
        const outcome = str(after.outcome) as Outcome | null;
        return {
          icon: <IconArrowRight size={12} />,
          title: t('innovations.timeline.advanced', {
            from: stageText(before.stage),
            to: stageText(after.stage),
          }),
          detail: outcome
            ? t('innovations.timeline.outcome', { outcome: labels.outcome(outcome) })
            : undefined,
        };
      }
      case 'innovation.moved_back':
        return {
          icon: <IconArrowBackUp size={12} />,
          title: t('innovations.timeline.movedBack', {
            from: stageText(before.stage),
            to: stageText(after.stage),
          }),
          detail: reason ? t('innovations.timeline.reason', { reason }) : undefined,
        };
      case 'innovation.discontinued':
        return {
          icon: <IconCircleX size={12} />,
          title: t('innovations.timeline.discontinued', { from: stageText(before.stage) }),
          detail: reason ? t('innovations.timeline.reason', { reason }) : undefined,
        };
      case 'innovation.reopened':
        return {
          icon: <IconPlayerPlay size={12} />,
          title: t('innovations.timeline.reopened', { to: stageText(after.stage) }),
        };
      case 'innovation.published':
        return { icon: <IconEye size={12} />, title: t('innovations.timeline.published') };
      case 'innovation.unpublished':
        return { icon: <IconEyeOff size={12} />, title: t('innovations.timeline.unpublished') };
      case 'innovation.file_attached':
        return {
          icon: <IconPaperclip size={12} />,
          title: t('innovations.timeline.fileAttached', {
            name: str(after.filename) ?? '–',
            section: sectionText(after.section),
          }),
        };
      case 'innovation.progress_reported':
        return {
          icon: <IconChartLine size={12} />,
          title: t('innovations.timeline.progressReported', {
            percent: format.percent(
              typeof after.progressPercent === 'number' ? after.progressPercent : 0,
            ),
          }),
        };
      case 'innovation.unit_merged':
        return {
          icon: <IconArrowMerge size={12} />,
          title: t('innovations.timeline.unitMerged', {
            from: str(before.unitName) ?? '–',
            to: str(after.unitName) ?? '–',
          }),
        };
      case 'innovation.imported': {
        const source = record(after.import);
        return {
          icon: <IconFileImport size={12} />,
          title: t('innovations.timeline.imported', { file: str(source.filename) ?? '–' }),
        };
      }
      default:
        return {
          icon: <IconPoint size={12} />,
          title: t('innovations.timeline.other', { action: entry.action }),
        };
    }
  };

  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('innovations.timeline.empty')}
      </Text>
    );
  const shown = showAll ? entries : entries.slice(0, initiallyShown);
  return (
    <>
      <Timeline bulletSize={22} lineWidth={2} active={-1} color="gray.8">
        {shown.map((entry) => {
          const { icon, title, detail } = describe(entry);
          return (
            <Timeline.Item
              key={entry.id}
              bullet={<span aria-hidden>{icon}</span>}
              title={
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {title}
                </Text>
              }
            >
              {detail ? (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {detail}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                {t('innovations.timeline.meta', {
                  actor: entry.actorName ?? t('innovations.timeline.system'),
                  time: format.dateTime(entry.occurredAt),
                })}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
      {entries.length > initiallyShown ? (
        <Button variant="subtle" size="xs" mt="sm" onClick={() => setShowAll((v) => !v)}>
          {showAll
            ? t('innovations.timeline.showFewer')
            : t('innovations.timeline.showAll', { count: entries.length })}
        </Button>
      ) : null}
    </>
  );
}
