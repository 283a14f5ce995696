import type { Me } from '@smartcity/api';

/**
 * Whether to offer creating an innovation: the server's `createInnovation` capability (unit
 * roles with a unit, coordinators), never a role list of the SPA's own.
 */
export function canCreateInnovation(me: Pick<Me, 'capabilities'>): boolean {
  return me.capabilities.createInnovation;
}
