import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import { overallPercent, type RunProgress } from '../import-stream';

/**
 * The import's progress bar: the upload's bytes, then the server's phases (reading the file,
 * checking its rows, saving them) as its progress lines report them. Never an idle spinner.
 */
export function ImportProgress({
  progress,
  committing,
  finished,
}: {
  readonly progress: RunProgress | null;
  readonly committing: boolean;
  /** The run is over: the bar stays full with what was done. */
  readonly finished: 'checked' | 'committed' | null;
}) {
  const { t } = useTranslation();
  const format = useLocale();
  const percent = finished ? 100 : progress ? overallPercent(progress, committing) : 0;
  const line = (() => {
    if (finished) return t(`exchange.progress.${finished}`);
    if (!progress) return t('exchange.progress.waiting');
    if (progress.stage === 'uploading')
      return t('exchange.progress.uploading', { percent: format.percent(progress.percent) });
    const p = progress.progress;
    if (!p) return t('exchange.progress.waiting');
    switch (p.phase) {
      case 'reading':
        return t('exchange.progress.reading', {
          done: format.number(p.done),
          total: format.number(p.total),
        });
      case 'checking':
        return t('exchange.progress.checking', {
          percent: format.percent(p.total > 0 ? Math.round((p.done / p.total) * 100) : 0),
        });
      case 'writing':
        return t('exchange.progress.writing', {
          done: format.number(p.done),
          total: format.number(p.total),
        });
    }
  })();
  return (
    <Stack gap={4}>
      <Progress.Root size="lg" aria-hidden={false}>
        <Progress.Section
          value={percent}
          aria-label={t('exchange.progress.label')}
          aria-valuetext={`${format.percent(percent)}: ${line}`}
        />
      </Progress.Root>
      <Text size="sm" aria-live="polite" data-testid="import-progress-text">
        {line}
      </Text>
    </Stack>
  );
}
