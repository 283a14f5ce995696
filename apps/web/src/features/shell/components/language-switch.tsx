import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, useLanguage } from '../../../i18n/i18n';

/** Switches between Bahasa Indonesia and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div role="group" aria-labelledby="language-switch-label">
      <VisuallyHidden id="language-switch-label">{t('language.label')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={language}
        onChange={(value) => void changeLanguage(value === 'en' ? 'en' : 'id')}
        data={[
          { value: 'id', label: <span title={t('language.id')}>ID</span> },
          { value: 'en', label: <span title={t('language.en')}>EN</span> },
        ]}
      />
    </div>
  );
}
