import type { ImportEntity } from '@smartcity/domain';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/hooks/use-me';
import { ButtonLink } from '../../common/components/router-links';
import { canImport } from '../import-access';

/** "Impor dari berkas": for coordinators, a link to the import page with the data preselected. */
export function ImportLink({ entity }: { readonly entity: ImportEntity }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!canImport(me)) return null;
  return (
    <ButtonLink
      to="/impor"
      search={{ data: entity }}
      variant="default"
      leftSection={<IconFileImport size={16} aria-hidden />}
    >
      {t('common.importFromFile')}
    </ButtonLink>
  );
}
