import type { Me } from '@smartcity/api';

/** Coordinators import data (the navigation and the API say the same). */
export function canImport(me: Pick<Me, 'user'> | null | undefined): boolean {
  return me?.user.role === 'coordinator';
}
