import type { Me } from '@smartcity/api';

/** Unit staff and heads create their unit's innovations; coordinators any unit's. */
export function canCreateInnovation(me: Me): boolean {
  const role = me.user.role;
  return (
    role === 'coordinator' ||
    ((role === 'unit_staff' || role === 'unit_head') && me.user.unitId !== null)
  );
}
