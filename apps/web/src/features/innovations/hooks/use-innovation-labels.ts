import {
  bentukLabels,
  dimensions,
  fundingSourceLabels,
  inisiatorLabels,
  jenisLabels,
  outcomeLabels,
  problemSourceLabels,
  quickWinStatusLabels,
  stageLabels,
  tahapanLabels,
  type Bentuk,
  type DimensionKey,
  type ElementKey,
  type FundingSource,
  type Inisiator,
  type Jenis,
  type LocalizedText,
  type Outcome,
  type ProblemSource,
  type QuickWinStatus,
  type Stage,
  type Tahapan,
} from '@smartcity/domain';
import { useLocalized } from '../../../i18n/i18n';

const dimensionLabels = new Map<string, LocalizedText>(dimensions.map((d) => [d.key, d.label]));
const elementLabels = new Map<string, LocalizedText>(
  dimensions.flatMap((d) => d.elements.map((e) => [e.key, e.label] as const)),
);

/** The labels of the register's vocabulary (from the domain's maps) in the current language. */
export function useInnovationLabels() {
  const localized = useLocalized();
  const from =
    (labels: ReadonlyMap<string, LocalizedText>) =>
    (key: string): string => {
      const label = labels.get(key);
      return label ? localized(label) : key;
    };
  return {
    stage: (value: Stage) => localized(stageLabels[value]),
    jenis: (value: Jenis) => localized(jenisLabels[value]),
    bentuk: (value: Bentuk) => localized(bentukLabels[value]),
    inisiator: (value: Inisiator) => localized(inisiatorLabels[value]),
    tahapan: (value: Tahapan) => localized(tahapanLabels[value]),
    problemSource: (value: ProblemSource) => localized(problemSourceLabels[value]),
    fundingSource: (value: FundingSource) => localized(fundingSourceLabels[value]),
    quickWinStatus: (value: QuickWinStatus) => localized(quickWinStatusLabels[value]),
    outcome: (value: Outcome) => localized(outcomeLabels[value]),
    dimension: from(dimensionLabels) as (value: DimensionKey) => string,
    element: from(elementLabels) as (value: ElementKey) => string,
  };
}

/** The labels, as `useInnovationLabels` answers them. */
export type InnovationLabels = ReturnType<typeof useInnovationLabels>;
