import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTitle } from '../document-title';
import { useRegion } from './use-region';

/**
 * Sets the browser tab's title for a page: "Inovasi · Kabupaten Sumedang" (see
 * {@link documentTitle}). The router calls it once for every route with the route's title.
 */
export function useDocumentTitle(page: string | null | undefined): void {
  const { t } = useTranslation();
  const region = useRegion().data;
  const title = documentTitle(page, region?.name, t('app.name'));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
