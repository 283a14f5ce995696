import { maxQuickWinMonths, minProblemStatementLength, type MissingItem } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { gateFieldKeys } from '../gate-items';

/** The label of a gate's field, and a sentence for what is missing about it. */
export function useGateText() {
  const { t } = useTranslation();
  const fieldLabel = (field: string): string => {
    const key = gateFieldKeys[field];
    return key ? t(key) : field;
  };
  const sentence = (item: MissingItem): string => {
    const field = fieldLabel(item.field);
    switch (item.reason) {
      case 'required':
        return t('innovations.gate.required', { field });
      case 'too_short':
        return t('innovations.gate.tooShort', { field, count: minProblemStatementLength });
      case 'at_least_one':
        return t('innovations.gate.atLeastOne', { field });
      case 'incomplete':
        return t('innovations.gate.incomplete', { field });
      case 'too_late':
        return t('innovations.gate.tooLate', { field, count: maxQuickWinMonths });
      case 'before_start':
        return t('innovations.gate.beforeStart', { field });
    }
  };
  return { fieldLabel, sentence };
}
