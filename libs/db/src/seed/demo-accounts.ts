import type { Role } from '@smartcity/domain';

/** A demo account: the unit is named by its code in the demo units. */
export type DemoAccount = {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly unitCode: string | null;
};

/** The demo accounts, one or two per role, in the units the issues and README name. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    email: 'koordinator@demo.test',
    name: 'Koordinator Smart City (Demo)',
    role: 'coordinator',
    unitCode: null,
  },
  {
    email: 'dinkes.staf@demo.test',
    name: 'Staf Dinas Kesehatan (Demo)',
    role: 'unit_staff',
    unitCode: 'dinkes',
  },
  {
    email: 'dinkes.kepala@demo.test',
    name: 'Kepala Dinas Kesehatan (Demo)',
    role: 'unit_head',
    unitCode: 'dinkes',
  },
  {
    email: 'kominfo.staf@demo.test',
    name: 'Staf Diskominfosanditik (Demo)',
    role: 'unit_staff',
    unitCode: 'diskominfosanditik',
  },
  {
    email: 'kominfo.kepala@demo.test',
    name: 'Kepala Diskominfosanditik (Demo)',
    role: 'unit_head',
    unitCode: 'diskominfosanditik',
  },
  { email: 'penilai@demo.test', name: 'Penilai Kominfo (Demo)', role: 'evaluator', unitCode: null },
  // The regency's own assessment team sits in Bapppeda: it is never assigned Bapppeda's
  // innovations (conflict of interest), which the demo rounds show.
  {
    email: 'penilai.kabupaten@demo.test',
    name: 'Tim Penilai Kabupaten (Demo)',
    role: 'evaluator',
    unitCode: 'bapppeda',
  },
  { email: 'bupati@demo.test', name: 'Bupati Sumedang (Demo)', role: 'leader', unitCode: null },
];
