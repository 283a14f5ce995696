import { describe, expect, it } from 'vitest';
import { completeSections, innovationAt } from '../../innovation/testing/innovation-fixtures';
import { describeImportIssue } from '../issues';
import { innovationRecordOf } from '../records';
import {
  planFresh,
  sheetOf,
  testInnovations,
  testProgrammes,
  testUnits,
  writtenSheet,
} from '../testing/exchange-fixtures';
import { actionItemExchange, type ActionItemRecord } from './action-item-exchange';
import {
  importedStageProblem,
  innovationExchange,
  type InnovationRecord,
} from './innovation-exchange';
import { programmeExchange, type ProgrammeRecord } from './programme-exchange';
import { unitColumns, unitExchange, type UnitRecord } from './unit-exchange';
import { userColumns, userExchange, type UserRecord } from './user-exchange';

const [dinkes, diskominfo, inactive] = testUnits;

const units: UnitRecord[] = [
  { code: 'dinkes', name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas', active: true },
  { code: '1.02.01', name: 'Kecamatan Wado', shortName: null, type: 'kecamatan', active: false },
  {
    code: 'setda',
    name: '=Sekretariat Daerah',
    shortName: '-Setda',
    type: 'sekretariat',
    active: true,
  },
];

const users: UserRecord[] = [
  {
    email: 'staf@dinkes.go.id',
    name: 'Dewi Lestari',
    nip: '197503122005012004',
    role: 'unit_staff',
    unitId: dinkes.id,
    active: true,
    initialPassword: null,
  },
  {
    email: 'tim@kominfo.go.id',
    name: 'Tim Smart City',
    nip: null,
    role: 'coordinator',
    unitId: null,
    active: false,
    initialPassword: null,
  },
];

const innovation = (stage: InnovationRecord['stage'], code: string): InnovationRecord => ({
  ...innovationRecordOf(
    innovationAt(stage, {
      unitId: diskominfo.id,
      tahapanManual: stage === 'sustained',
      tahapan: 'implementation',
      trialDate: '2025-03-01',
    }),
    code,
  ),
});

const programmes: ProgrammeRecord[] = [
  {
    code: 'PRG-02',
    dimension: 'living',
    element: 'health',
    name: 'Layanan kesehatan terpadu',
    description: 'Puskesmas terhubung | rujukan daring\nbaris kedua',
    horizon: 'short',
    leadUnitId: dinkes.id,
    supportingUnitIds: [diskominfo.id],
    startYear: 2024,
    endYear: 2026,
    budget: 1_250_000_000,
    fundingSource: 'apbd',
    reference: 'RPJMD 2023–2028 Misi 2',
    innovationIds: [testInnovations[0].id],
  },
];

const actions: ActionItemRecord[] = [
  {
    programmeId: testProgrammes[0].id,
    code: 'RA-01',
    activity: 'Pelatihan operator layanan',
    year: 2025,
    ownerUnitId: diskominfo.id,
    outputTarget: '40 operator terlatih',
    budget: 25_000_000,
    status: 'done',
    progressPercent: 100,
  },
];

describe('round trips: what an export writes, an import reads back as the same records', () => {
  it.each([
    ['units', unitExchange, units],
    ['users', userExchange, users],
    [
      'innovations',
      innovationExchange,
      (
        [
          'problem',
          'need',
          'process',
          'quick_win',
          'evaluation',
          'sustained',
          'discontinued',
        ] as const
      ).map((stage, i) => innovation(stage, `INV-10${i}`)),
    ],
    ['programmes', programmeExchange, programmes],
    ['action items', actionItemExchange, actions],
  ] as const)('%s', (_name, entity, records) => {
    const plan = planFresh(entity as never, writtenSheet(entity as never, records as never));
    expect(plan.issues.map((i) => describeImportIssue(i, 'en'))).toEqual([]);
    expect(plan.rows.map((r) => r.record)).toEqual(records);
    expect(plan.counts).toEqual({ create: records.length, update: 0, unchanged: 0 });
  });
});

describe('unitExchange', () => {
  it('reads a unit and lower-cases its code', () => {
    const plan = planFresh(
      unitExchange,
      sheetOf(unitColumns, [
        { code: 'DINKES', name: 'Dinas Kesehatan', type: 'Dinas', active: 'Ya' },
      ]),
    );
    expect(plan.rows[0]?.record).toEqual({
      code: 'dinkes',
      name: 'Dinas Kesehatan',
      shortName: null,
      type: 'dinas',
      active: true,
    });
  });

  it('refuses two rows with the same code, naming the first', () => {
    const plan = planFresh(
      unitExchange,
      sheetOf(unitColumns, [
        { code: 'dinkes', name: 'Dinas Kesehatan', type: 'dinas' },
        { code: 'dinkes', name: 'Dinas Kesehatan Lagi', type: 'dinas' },
      ]),
    );
    expect(plan.issues.map((i) => describeImportIssue(i, 'id'))).toEqual([
      'Baris 3: kodenya sama dengan baris 2',
    ]);
  });
});

describe('userExchange', () => {
  it('accepts a NIP typed with spaces and an initial password, and checks role and unit', () => {
    const plan = planFresh(
      userExchange,
      sheetOf(userColumns, [
        {
          email: 'Staf@Dinkes.go.id',
          name: 'Dewi Lestari',
          nip: '19750312 200501 2 004',
          role: 'Staf perangkat daerah',
          unit: 'dinkes',
          initial_password: 'sandi-awal-2026',
        },
        { email: 'kepala@dinkes.go.id', name: 'Kepala', role: 'unit_head' },
        { email: 'leader@sumedang.go.id', name: 'Bupati', role: 'Pimpinan daerah', unit: 'dinkes' },
        { email: 'x@y.id', name: 'Pendek', role: 'leader', initial_password: 'pendek' },
      ]),
    );
    expect(plan.rows.map((r) => r.record)).toEqual([
      {
        email: 'staf@dinkes.go.id',
        name: 'Dewi Lestari',
        nip: '197503122005012004',
        role: 'unit_staff',
        unitId: dinkes.id,
        active: true,
        initialPassword: 'sandi-awal-2026',
      },
    ]);
    expect(plan.issues.map((i) => describeImportIssue(i, 'en'))).toEqual([
      'Row 3, column Unit code: is required',
      'Row 4, column Unit code: is not valid (This role has no unit)',
      'Row 5, column Initial password: is not valid (At least 10 characters)',
    ]);
  });

  it('does not let a new user belong to an inactive unit', () => {
    const plan = planFresh(
      userExchange,
      sheetOf(userColumns, [
        { email: 'a@b.id', name: 'Ani', role: 'unit_staff', unit: inactive.code },
      ]),
    );
    expect(plan.rows).toEqual([]);
    expect(describeImportIssue(plan.issues[0]!, 'id')).toBe(
      "Baris 2, kolom Kode perangkat daerah: 'Kode perangkat daerah' sudah tidak aktif",
    );
  });
});

describe('innovationExchange', () => {
  const cells = (record: InnovationRecord) => writtenSheet(innovationExchange, [record]);

  it('explains an unknown dimension with the choices, in Indonesian', () => {
    const sheet = cells(innovation('problem', 'INV-1'));
    const dimension = sheet.headers.indexOf('Dimensi');
    const row = [...sheet.rows[0]!];
    row[dimension] = 'Smart Gov';
    const plan = planFresh(innovationExchange, { headers: sheet.headers, rows: [row] });
    expect(plan.issues.map((i) => describeImportIssue(i, 'id'))).toEqual([
      "Baris 2, kolom Dimensi: 'Smart Gov' tidak dikenal; pilihan: Smart Governance, Smart Branding, Smart Economy, Smart Living, Smart Society, Smart Environment",
    ]);
  });

  it('refuses an element of another dimension on its column', () => {
    const sheet = cells(innovation('problem', 'INV-1'));
    const row = [...sheet.rows[0]!];
    row[sheet.headers.indexOf('Elemen')] = 'Kesehatan';
    const plan = planFresh(innovationExchange, { headers: sheet.headers, rows: [row] });
    expect(plan.issues).toMatchObject([{ scope: 'cell', column: 'element', row: 2 }]);
  });

  it('refuses a stage whose earlier sections are not complete, saying what is missing', () => {
    const record = innovation('quick_win', 'INV-1');
    const sheet = cells({
      ...record,
      sections: { ...record.sections, problem: { statement: 'Terlalu pendek' } },
    });
    const plan = planFresh(innovationExchange, sheet);
    expect(plan.issues.map((i) => describeImportIssue(i, 'id'))).toEqual([
      'Baris 2: tahap Masalah belum lengkap: problem.statement, problem.affectedGroup, problem.evidence, problem.source',
    ]);
  });

  it('reads KPIs and process steps typed by hand, Indonesian numbers and dates included', () => {
    const record = innovation('process', 'INV-1');
    const sheet = cells(record);
    const row = [...sheet.rows[0]!];
    row[sheet.headers.indexOf('Indikator keberhasilan')] =
      'Waktu layanan | hari | 14,5 | 3 | 30/06/2026';
    row[sheet.headers.indexOf('Perkiraan jumlah penerima manfaat')] = '12.000';
    const plan = planFresh(innovationExchange, { headers: sheet.headers, rows: [row] });
    expect(plan.issues).toEqual([]);
    expect(plan.rows[0]?.record.sections.need).toEqual({
      ...record.sections.need,
      beneficiaries: { who: record.sections.need.beneficiaries?.who, estimatedCount: 12_000 },
      indicators: [
        {
          name: 'Waktu layanan',
          unit: 'hari',
          baseline: 14.5,
          target: 3,
          targetDate: '2026-06-30',
        },
      ],
    });
  });
});

describe('importedStageProblem', () => {
  it('takes an innovation past its quick win without progress reports (imports carry none)', () => {
    expect(importedStageProblem('evaluation', null, completeSections())).toBeNull();
  });

  it('needs the outcome "impactful" for a sustained innovation', () => {
    const sections = {
      ...completeSections(),
      evaluation: { outcome: 'needs_improvement' as const },
    };
    expect(importedStageProblem('sustained', null, sections)).toMatchObject({ code: 'invalid' });
  });

  it('checks the gates before the stage a discontinued innovation left', () => {
    const sections = { ...completeSections(), need: { indicators: [] } };
    expect(importedStageProblem('discontinued', 'need', sections)).toBeNull();
    expect(importedStageProblem('discontinued', 'process', sections)).toMatchObject({
      code: 'gate_not_met',
      stage: 'need',
    });
  });
});

describe('programmeExchange and actionItemExchange', () => {
  it('checks a programme against the masterplan period and its horizon', () => {
    const plan = planFresh(
      programmeExchange,
      writtenSheet(programmeExchange, [
        { ...programmes[0]!, endYear: 2033, horizon: 'quick_win' as const },
      ]),
    );
    expect(plan.issues.map((i) => (i.scope === 'cell' ? [i.column, i.problem] : i))).toEqual([
      ['end_year', { code: 'invalid', message: 'outside_period' }],
      ['end_year', { code: 'invalid', message: 'quick_win_spans_years' }],
    ]);
  });

  it('refuses an action item of an unknown programme and one outside its programme’s years', () => {
    const plan = planFresh(
      actionItemExchange,
      writtenSheet(actionItemExchange, [
        { ...actions[0]!, programmeId: '00000000-0000-4000-8000-0000000000ff' },
        { ...actions[0]!, code: 'RA-02', year: 2030 },
      ]),
    );
    expect(plan.issues.map((i) => describeImportIssue(i, 'en'))).toEqual([
      "Row 2, column Programme code: the code '00000000-0000-4000-8000-0000000000ff' is not found",
      'Row 3, column Year: is not valid (action_outside_programme)',
    ]);
  });
});
