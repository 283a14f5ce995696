import {
  bimtekChecklist,
  horizonLabels,
  type ActionStatus,
  type BimtekStage,
  type Horizon,
  type MasterplanFundingSource,
} from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useInnovationLabels } from '../../innovations/hooks/use-innovation-labels';

const checklistLabels = new Map(
  Object.values(bimtekChecklist).flatMap((items) => items.map((item) => [item.key, item.label])),
);

/** The masterplan's vocabulary in the current language. */
export function useMasterplanLabels() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const innovation = useInnovationLabels();
  return {
    dimension: innovation.dimension,
    element: innovation.element,
    horizon: (value: Horizon) => localized(horizonLabels[value]),
    horizonShort: (value: Horizon) => t(`masterplan.horizon.${value}`),
    actionStatus: (value: ActionStatus) => t(`masterplan.actionStatus.${value}`),
    fundingSource: (value: MasterplanFundingSource) => t(`masterplan.funding.${value}`),
    bimtekStage: (value: BimtekStage) => t('masterplan.bimtek.stage', { stage: value }),
    checklistItem: (key: string) => {
      const label = checklistLabels.get(key);
      return label ? localized(label) : key;
    },
  };
}

/** The labels, as `useMasterplanLabels` answers them. */
export type MasterplanLabels = ReturnType<typeof useMasterplanLabels>;
