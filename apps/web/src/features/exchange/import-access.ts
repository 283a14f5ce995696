import type { Me } from '@smartcity/api';

/** Whether to offer Impor data: the server's `importData` capability (the API says the same). */
export function canImport(me: Pick<Me, 'capabilities'> | null | undefined): boolean {
  return me?.capabilities.importData === true;
}
