import { unitTypeLabels, type UnitType } from '@smartcity/domain';
import { useLocalized } from '../../../i18n/i18n';

/** The label of a unit type in the current language. */
export function useUnitTypeLabel(): (type: UnitType) => string {
  const localized = useLocalized();
  return (type) => localized(unitTypeLabels[type]);
}
