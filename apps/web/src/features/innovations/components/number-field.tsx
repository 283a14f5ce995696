import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useLanguage } from '../../../i18n/i18n';

/** A number input with the separators of the user's language (1.250.000,5 or 1,250,000.5). */
export function NumberField(props: NumberInputProps) {
  const language = useLanguage();
  return (
    <NumberInput
      thousandSeparator={language === 'id' ? '.' : ','}
      decimalSeparator={language === 'id' ? ',' : '.'}
      hideControls
      {...props}
    />
  );
}
