import { randomUUID } from 'node:crypto';
import {
  actionItemExchange,
  defaultRubric,
  defaultThresholds,
  innovationExchange,
  programmeExchange,
  templateExamples,
  unitExchange,
  userExchange,
  type ExchangeEntity,
  type ImportEntity,
} from '@smartcity/domain';
import {
  findCredentialsByEmail,
  findInnovationsByCodes,
  findMasterplan,
  findRegionByName,
  insertImportedProgrammes,
  insertImportedUnits,
  insertMasterplan,
  insertRound,
  insertRoundInnovation,
  listEvents,
  listExchangeActionItems,
  listExchangeProgrammes,
  listExchangeUnits,
  unusablePasswordHash,
  updateImportedUnits,
} from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import {
  csvFile,
  issueMessages,
  progressLog,
  requestOf,
  xlsxFile,
  type FileRow,
} from '../../testing/import-files';
import { insertTestInnovation } from '../../testing/innovation-fixtures';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';
import { checkImport, commitImport, importTemplate, type ImportAnswer } from './import-service';

/** A spreadsheet test of one importer: valid rows, a changed re-import, rows with every error. */
type Spec = {
  readonly entity: ImportEntity;
  readonly exchange: ExchangeEntity<never>;
  /** Rows that import cleanly (written as XLSX), creating records. */
  readonly valid: () => FileRow[];
  /** What the valid rows stored. */
  readonly stored: () => Promise<void>;
  /** The valid rows with changes: every one is an update. */
  readonly changed: () => FileRow[];
  /** What the changed rows stored. */
  readonly updated: () => Promise<void>;
  /** Rows with errors and the report's messages for them (in Indonesian). */
  readonly bad: () => { readonly rows: FileRow[]; readonly messages: string[] };
  /**
   * A clean row naming the unit `uji-basi`, which the test deactivates before the commit (units
   * name no other record, so nothing stored can make a clean units file fail later).
   */
  readonly stale?: () => FileRow;
};

describe.each(testDatabaseFactories())('the import service on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let regionId: string;
  let coordinatorId: string;
  const unitIds = new Map<string, string>();

  const check = (entity: ImportEntity, content: Uint8Array, filename = 'berkas.xlsx') =>
    checkImport(api.deps, requestOf(coordinator), { entity, filename, content });
  const commit = (importId: string) => commitImport(api.deps, requestOf(coordinator), { importId });
  const unchangedBy = async (action: () => Promise<unknown>, options = {}) => {
    const before = await snapshotDatabase(api.handle.db, options);
    const result = await action();
    expect(await snapshotDatabase(api.handle.db, options)).toEqual(before);
    return result;
  };
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('the call should have been refused');
      },
      (error: unknown) => error as { code: string; details?: Record<string, unknown> },
    );
  const expectClean = (answer: ImportAnswer) =>
    expect(issueMessages(answer), JSON.stringify(answer.report.counts)).toEqual([]);

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    regionId = (await findRegionByName(api.handle.db, 'Kabupaten Sumedang'))!.id;
    coordinatorId = (await findCredentialsByEmail(api.handle.db, 'koordinator@demo.test'))!.user.id;
    await insertImportedUnits(api.handle.db, {
      regionId,
      units: [
        {
          id: randomUUID(),
          record: {
            code: 'uji-basi',
            name: 'Unit Uji Basi',
            shortName: null,
            type: 'other',
            active: true,
          },
        },
      ],
      now: api.clock.now(),
    });
    for (const unit of await listExchangeUnits(api.handle.db, regionId))
      unitIds.set(unit.record.code, unit.id);
    await insertMasterplan(api.handle.db, {
      plan: {
        id: randomUUID(),
        regionId,
        title: 'Masterplan Smart City Uji 2023–2032',
        startYear: 2023,
        endYear: 2032,
        vision: 'Sumedang cerdas.',
        mission: [],
        bimtekStage: null,
        bimtekDates: {},
        bimtekChecklist: [],
        commitmentStatement: 'Kami berkomitmen.',
      },
      at: api.clock.now(),
      actorUserId: null,
    });
  });
  afterAll(() => api.close());

  /** Sets the unit `uji-basi` active or not (what makes a clean dry run stale). */
  async function setStaleUnitActive(active: boolean) {
    const unit = (await listExchangeUnits(api.handle.db, regionId)).find(
      (u) => u.record.code === 'uji-basi',
    )!;
    await updateImportedUnits(
      api.handle.db,
      [{ id: unit.id, version: unit.version, record: { ...unit.record, active } }],
      api.clock.now(),
    );
  }

  const masterplanId = async () => (await findMasterplan(api.handle.db))!.id;

  const specs: Spec[] = [
    {
      entity: 'units',
      exchange: unitExchange as unknown as ExchangeEntity<never>,
      valid: () => [
        {
          code: 'impor-brida',
          name: 'Badan Riset dan Inovasi Daerah',
          short_name: 'BRIDA',
          type: 'Badan',
          active: 'Ya',
        },
        {
          code: '1.02.99',
          name: 'Kecamatan Contoh',
          short_name: null,
          type: 'kecamatan',
          active: null,
        },
      ],
      stored: async () => {
        const units = await listExchangeUnits(api.handle.db, regionId);
        expect(units.find((u) => u.record.code === 'impor-brida')?.record).toEqual({
          code: 'impor-brida',
          name: 'Badan Riset dan Inovasi Daerah',
          shortName: 'BRIDA',
          type: 'badan',
          active: true,
        });
        expect(units.find((u) => u.record.code === '1.02.99')?.record.active).toBe(true);
      },
      changed: () => [
        {
          code: 'impor-brida',
          name: 'Badan Riset dan Inovasi Daerah Sumedang',
          short_name: 'BRIDA',
          type: 'Badan',
          active: 'Ya',
        },
        {
          code: '1.02.99',
          name: 'Kecamatan Contoh',
          short_name: null,
          type: 'Kecamatan',
          active: 'Tidak',
        },
      ],
      updated: async () => {
        const units = await listExchangeUnits(api.handle.db, regionId);
        expect(units.find((u) => u.record.code === 'impor-brida')).toMatchObject({
          version: 2,
          record: { name: 'Badan Riset dan Inovasi Daerah Sumedang' },
        });
        expect(units.find((u) => u.record.code === '1.02.99')?.record.active).toBe(false);
      },
      bad: () => ({
        rows: [
          { code: 'Unit Baru!', name: 'X', type: 'Dinas' },
          { code: 'impor-b', name: 'Unit B', type: 'Kementerian' },
          { code: 'impor-c', name: 'Unit C', type: 'Dinas', active: 'mungkin' },
          { code: 'impor-d', name: 'Unit D', type: 'Dinas' },
          { code: 'impor-d', name: 'Unit D Lagi', type: 'Dinas' },
        ],
        messages: [
          'Baris 2, kolom Kode: tidak valid (Use 2–40 lower-case letters, digits, dots or dashes)',
          'Baris 2, kolom Nama: tidak valid (Too small: expected string to have >=3 characters)',
          "Baris 3, kolom Jenis: 'Kementerian' tidak dikenal; pilihan: Sekretariat, Inspektorat, Dinas, Badan, Rumah sakit daerah, Kecamatan, Lainnya",
          "Baris 4, kolom Aktif: 'mungkin' harus Ya atau Tidak",
          'Baris 6: kodenya sama dengan baris 5',
        ],
      }),
    },
    {
      entity: 'users',
      exchange: userExchange as unknown as ExchangeEntity<never>,
      valid: () => [
        {
          email: 'Impor.Satu@Demo.test',
          name: 'Siti Rahma',
          nip: '19800101 200501 2 001',
          role: 'Staf perangkat daerah',
          unit: 'dinkes',
          active: 'Ya',
          initial_password: 'Sandi-Awal-2026',
        },
        {
          email: 'impor.dua@demo.test',
          name: 'Budi Santoso',
          role: 'Penilai',
          unit: null,
          active: null,
        },
      ],
      stored: async () => {
        const one = (await findCredentialsByEmail(api.handle.db, 'impor.satu@demo.test'))!;
        expect(one.user).toMatchObject({
          name: 'Siti Rahma',
          nip: '198001012005012001',
          role: 'unit_staff',
          unitId: unitIds.get('dinkes'),
          active: true,
          temporaryCredentials: true,
        });
        expect(await api.deps.passwords.verify(one.passwordHash, 'Sandi-Awal-2026')).toBe(true);
        const two = (await findCredentialsByEmail(api.handle.db, 'impor.dua@demo.test'))!;
        expect(two.passwordHash).toBe(unusablePasswordHash);
        expect(two.user.temporaryCredentials).toBe(false);
        // Without a password nobody can log in as them (they need an invitation link).
        const login = await api
          .client()
          .caller.auth.login({ email: 'impor.dua@demo.test', password: unusablePasswordHash })
          .catch((e: unknown) => e);
        expect(login).toMatchObject({ code: 'UNAUTHORIZED' });
      },
      changed: () => [
        {
          email: 'impor.satu@demo.test',
          name: 'Siti Rahmawati',
          nip: '198001012005012001',
          role: 'Kepala perangkat daerah',
          unit: 'disdik',
          active: 'Ya',
          // An import never changes an existing user's password.
          initial_password: 'Sandi-Lain-2027',
        },
        {
          email: 'impor.dua@demo.test',
          name: 'Budi Santoso',
          role: 'Penilai',
          unit: 'dinkes',
          active: 'Tidak',
        },
      ],
      updated: async () => {
        const one = (await findCredentialsByEmail(api.handle.db, 'impor.satu@demo.test'))!;
        expect(one.user).toMatchObject({
          name: 'Siti Rahmawati',
          role: 'unit_head',
          unitId: unitIds.get('disdik'),
          version: 2,
        });
        expect(await api.deps.passwords.verify(one.passwordHash, 'Sandi-Awal-2026')).toBe(true);
        const two = (await findCredentialsByEmail(api.handle.db, 'impor.dua@demo.test'))!;
        expect(two.user).toMatchObject({ active: false, unitId: unitIds.get('dinkes') });
      },
      bad: () => ({
        rows: [
          { email: 'bukan-email', name: 'A', role: 'Staf perangkat daerah' },
          {
            email: 'x@demo.test',
            name: 'Xaver',
            nip: '123',
            role: 'Pimpinan daerah',
            unit: 'dinkes',
          },
          {
            email: 'koordinator@demo.test',
            name: 'Koordinator Smart City',
            role: 'Pimpinan daerah',
          },
          { email: 'y@demo.test', name: 'Yanti', role: 'unit_staff', unit: 'tidak-ada' },
          { email: 'z@demo.test', name: 'Zaki', role: 'leader', initial_password: 'pendek' },
          { email: 'w@demo.test', name: 'Wati', role: 'leader' },
          { email: 'W@demo.test', name: 'Wati Lagi', role: 'leader' },
        ],
        messages: [
          'Baris 2, kolom Email: tidak valid (Must be a valid email address)',
          'Baris 2, kolom Nama: tidak valid (Too small: expected string to have >=2 characters)',
          'Baris 2, kolom Kode perangkat daerah: wajib diisi',
          'Baris 3, kolom NIP: tidak valid (NIP must be exactly 18 digits)',
          'Baris 3, kolom Kode perangkat daerah: tidak valid (This role has no unit)',
          'Baris 4: tidak valid (You cannot change your own role or deactivate your own account)',
          "Baris 5, kolom Kode perangkat daerah: kode 'tidak-ada' tidak ditemukan",
          'Baris 6, kolom Kata sandi awal: tidak valid (At least 10 characters)',
          'Baris 8: kodenya sama dengan baris 7',
        ],
      }),
      stale: () => ({
        email: 'basi@demo.test',
        name: 'Pengguna Basi',
        role: 'unit_staff',
        unit: 'uji-basi',
      }),
    },
    {
      entity: 'innovations',
      exchange: innovationExchange as unknown as ExchangeEntity<never>,
      valid: () => [
        {
          ...templateExamples.innovations,
          code: 'IMP-INV-1',
          // Indonesian numbers and dates as typed: a decimal comma, thousands dots, day first.
          indicators: 'Cakupan pengukuran | % | 35,5 | 95 | 31/12/2026',
          qw_budget: '1.200.000',
          qw_start: '01/02/2026',
          qw_target: '31/12/2026',
        },
        {
          code: 'IMP-INV-2',
          unit: 'disdik',
          title: 'Sekolah ramah anak',
          summary: 'Sekolah menyediakan ruang bermain aman dan kanal aduan.',
          dimension: 'Smart Society',
          element: 'Ekosistem belajar',
          jenis: 'Non-digital',
          bentuk: 'Tata kelola pemerintahan',
          inisiator: 'ASN',
          stage: 'Masalah',
        },
      ],
      stored: async () => {
        const found = await findInnovationsByCodes(api.handle.db, ['IMP-INV-1', 'IMP-INV-2']);
        const one = found.get('IMP-INV-1')!.innovation;
        expect(one).toMatchObject({
          unitId: unitIds.get('dinkes'),
          stage: 'quick_win',
          isPublic: true,
          tahapan: 'trial',
          tahapanManual: false,
          trialDate: '2026-03-01',
          version: 1,
        });
        expect(one.extraDimensions).toEqual(['society', 'governance']);
        expect(one.sections.need.indicators).toEqual([
          {
            name: 'Cakupan pengukuran',
            unit: '%',
            baseline: 35.5,
            target: 95,
            targetDate: '2026-12-31',
          },
        ]);
        expect(one.sections.need.beneficiaries).toEqual({
          who: 'Keluarga dengan balita',
          estimatedCount: 12_000,
        });
        expect(one.sections.quick_win).toMatchObject({
          budget: 1_200_000,
          startDate: '2026-02-01',
          targetDate: '2026-12-31',
          status: 'in_progress',
          fundingSource: 'apbd',
        });
        expect(one.sections.process.asIs).toEqual([
          { actor: 'Kader', activity: 'mencatat di buku posyandu' },
          { actor: 'Puskesmas', activity: 'merekap tiap triwulan', tool: 'Excel' },
        ]);
        expect(found.get('IMP-INV-2')?.innovation).toMatchObject({
          stage: 'problem',
          isPublic: false,
        });
        expect(found.get('IMP-INV-2')?.externalCode).toBe('IMP-INV-2');
      },
      changed: () => [
        {
          ...templateExamples.innovations,
          code: 'IMP-INV-1',
          indicators: 'Cakupan pengukuran | % | 35,5 | 95 | 31/12/2026',
          qw_budget: '1.200.000',
          qw_status: 'Selesai',
        },
        {
          code: 'IMP-INV-2',
          unit: 'dinkes',
          title: 'Sekolah dan puskesmas ramah anak',
          summary: 'Sekolah menyediakan ruang bermain aman dan kanal aduan.',
          dimension: 'Smart Society',
          element: 'Ekosistem belajar',
          public: 'Ya',
          jenis: 'Non-digital',
          bentuk: 'Tata kelola pemerintahan',
          inisiator: 'ASN',
          tahapan: 'Penerapan',
          stage: 'Masalah',
        },
      ],
      updated: async () => {
        const found = await findInnovationsByCodes(api.handle.db, ['IMP-INV-1', 'IMP-INV-2']);
        expect(found.get('IMP-INV-1')?.innovation).toMatchObject({ version: 2 });
        expect(found.get('IMP-INV-1')?.innovation.sections.quick_win.status).toBe('done');
        expect(found.get('IMP-INV-2')?.innovation).toMatchObject({
          version: 2,
          unitId: unitIds.get('dinkes'),
          title: 'Sekolah dan puskesmas ramah anak',
          isPublic: true,
          tahapan: 'implementation',
          tahapanManual: true,
        });
      },
      bad: () => ({
        rows: [
          { ...templateExamples.innovations, code: 'BAD-1', unit: 'tidak-ada' },
          { ...templateExamples.innovations, code: 'BAD-2', dimension: 'Smart Gov' },
          { ...templateExamples.innovations, code: 'BAD-3', element: 'Pariwisata' },
          { ...templateExamples.innovations, code: 'BAD-4', problem_statement: 'Terlalu pendek' },
          {
            ...templateExamples.innovations,
            code: 'BAD-5',
            qw_budget: 'seratus juta',
            qw_start: '31/02/2026',
          },
          { ...templateExamples.innovations, code: 'BAD-6' },
          { ...templateExamples.innovations, code: 'BAD-6' },
        ],
        messages: [
          "Baris 2, kolom Kode perangkat daerah: kode 'tidak-ada' tidak ditemukan",
          "Baris 3, kolom Dimensi: 'Smart Gov' tidak dikenal; pilihan: Smart Governance, Smart Branding, Smart Economy, Smart Living, Smart Society, Smart Environment",
          'Baris 4, kolom Elemen: tidak valid (The element is not one of the dimension)',
          'Baris 5: tahap Masalah belum lengkap: problem.statement',
          "Baris 6, kolom Tanggal mulai quick win: '31/02/2026' bukan tanggal (contoh: 31/12/2026)",
          "Baris 6, kolom Anggaran quick win (Rp): 'seratus juta' bukan angka (contoh: 35,5 atau 1.200.000)",
          'Baris 8: kodenya sama dengan baris 7',
        ],
      }),
      stale: () => ({ ...templateExamples.innovations, code: 'IMP-BASI', unit: 'uji-basi' }),
    },
    {
      entity: 'programmes',
      exchange: programmeExchange as unknown as ExchangeEntity<never>,
      valid: () => [
        {
          ...templateExamples.programmes,
          code: 'IMP-PRG-1',
          innovations: null,
          budget: '1.200.000.000',
        },
        {
          ...templateExamples.programmes,
          code: 'IMP-PRG-2',
          name: 'Quick win layanan kesehatan daring',
          horizon: 'Quick win (≤ 1 tahun)',
          start_year: '2026',
          end_year: '2026',
          supporting_units: null,
          innovations: null,
          budget: null,
        },
      ],
      stored: async () => {
        const programmes = await listExchangeProgrammes(api.handle.db, await masterplanId());
        expect(programmes.find((p) => p.externalCode === 'IMP-PRG-1')).toMatchObject({
          budget: 1_200_000_000,
          leadUnitId: unitIds.get('dinkes'),
          supportingUnitIds: [unitIds.get('diskominfosanditik'), unitIds.get('bapppeda')],
          startYear: 2025,
          endYear: 2027,
          horizon: 'short',
          version: 1,
        });
        expect(programmes.find((p) => p.externalCode === 'IMP-PRG-2')).toMatchObject({
          budget: 0,
          horizon: 'quick_win',
        });
      },
      changed: () => [
        {
          ...templateExamples.programmes,
          code: 'IMP-PRG-1',
          innovations: null,
          budget: '2.500.000.000',
          supporting_units: 'bapppeda',
        },
        {
          ...templateExamples.programmes,
          code: 'IMP-PRG-2',
          name: 'Quick win layanan kesehatan daring',
          horizon: 'Quick win (≤ 1 tahun)',
          start_year: '2026',
          end_year: '2026',
          supporting_units: null,
          innovations: linkedInnovation,
          budget: '35.000.000',
        },
      ],
      updated: async () => {
        const programmes = await listExchangeProgrammes(api.handle.db, await masterplanId());
        expect(programmes.find((p) => p.externalCode === 'IMP-PRG-1')).toMatchObject({
          budget: 2_500_000_000,
          supportingUnitIds: [unitIds.get('bapppeda')],
          version: 2,
        });
        expect(programmes.find((p) => p.externalCode === 'IMP-PRG-2')?.innovationIds).toHaveLength(
          1,
        );
      },
      bad: () => ({
        rows: [
          {
            ...templateExamples.programmes,
            code: 'BAD-P1',
            lead_unit: 'tidak-ada',
            innovations: null,
          },
          { ...templateExamples.programmes, code: 'BAD-P2', end_year: '2033', innovations: null },
          { ...templateExamples.programmes, code: 'BAD-P3', innovations: 'INV-TIDAK-ADA' },
          {
            ...templateExamples.programmes,
            code: 'BAD-P4',
            funding_source: 'Hibah',
            innovations: null,
          },
          { ...templateExamples.programmes, code: 'BAD-P5', innovations: null },
          { ...templateExamples.programmes, code: 'BAD-P5', innovations: null },
        ],
        messages: [
          "Baris 2, kolom Perangkat daerah utama: kode 'tidak-ada' tidak ditemukan",
          'Baris 3, kolom Tahun selesai: tidak valid (outside_period)',
          'Baris 3, kolom Horizon: tidak valid (horizon_too_short)',
          "Baris 4, kolom Inovasi terkait: kode 'INV-TIDAK-ADA' tidak ditemukan",
          "Baris 5, kolom Sumber dana: 'Hibah' tidak dikenal; pilihan: APBD, APBN, APBDes, CSR, Lainnya, Tanpa anggaran",
          'Baris 7: kodenya sama dengan baris 6',
        ],
      }),
      stale: () => ({
        ...templateExamples.programmes,
        code: 'IMP-PRG-BASI',
        lead_unit: 'uji-basi',
        innovations: null,
      }),
    },
    {
      entity: 'action_items',
      exchange: actionItemExchange as unknown as ExchangeEntity<never>,
      valid: () => [
        {
          ...templateExamples.action_items,
          programme: 'IMP-PRG-A',
          code: 'RA-01',
          budget: '75.000.000',
        },
        {
          ...templateExamples.action_items,
          programme: 'IMP-PRG-A',
          code: 'RA-02',
          activity: 'Pengadaan timbangan digital',
          status: 'Selesai',
          progress: '100',
          budget: null,
        },
      ],
      stored: async () => {
        const actions = await listExchangeActionItems(api.handle.db, await masterplanId());
        expect(actions.find((a) => a.externalCode === 'RA-01')).toMatchObject({
          budget: 75_000_000,
          status: 'in_progress',
          progressPercent: 35,
          year: 2026,
          ownerUnitId: unitIds.get('dinkes'),
          version: 1,
        });
        expect(actions.find((a) => a.externalCode === 'RA-02')).toMatchObject({
          status: 'done',
          budget: 0,
        });
      },
      changed: () => [
        {
          ...templateExamples.action_items,
          programme: 'IMP-PRG-A',
          code: 'RA-01',
          budget: '75.000.000',
          status: 'Selesai',
          progress: '100',
        },
        {
          ...templateExamples.action_items,
          programme: 'IMP-PRG-A',
          code: 'RA-02',
          activity: 'Pengadaan timbangan digital',
          status: 'Selesai',
          progress: '100',
          budget: '12.500.000',
        },
      ],
      updated: async () => {
        const actions = await listExchangeActionItems(api.handle.db, await masterplanId());
        expect(actions.find((a) => a.externalCode === 'RA-01')).toMatchObject({
          status: 'done',
          progressPercent: 100,
          version: 2,
        });
        expect(actions.find((a) => a.externalCode === 'RA-02')?.budget).toBe(12_500_000);
      },
      bad: () => ({
        rows: [
          { ...templateExamples.action_items, programme: 'PRG-TIDAK-ADA', code: 'RA-B1' },
          { ...templateExamples.action_items, programme: 'IMP-PRG-A', code: 'RA-B2', year: '2030' },
          {
            ...templateExamples.action_items,
            programme: 'IMP-PRG-A',
            code: 'RA-B3',
            status: 'Hampir',
          },
          {
            ...templateExamples.action_items,
            programme: 'IMP-PRG-A',
            code: 'RA-B4',
            progress: '120',
          },
          { ...templateExamples.action_items, programme: 'IMP-PRG-A', code: 'RA-B5' },
          { ...templateExamples.action_items, programme: 'IMP-PRG-A', code: 'RA-B5' },
        ],
        messages: [
          "Baris 2, kolom Kode program: kode 'PRG-TIDAK-ADA' tidak ditemukan",
          'Baris 3, kolom Tahun: tidak valid (action_outside_programme)',
          "Baris 4, kolom Status: 'Hampir' tidak dikenal; pilihan: Direncanakan, Berjalan, Selesai, Tertunda, Dibatalkan",
          "Baris 5, kolom Progres (%): '120' di luar rentang 0–100",
          'Baris 7: kodenya sama dengan baris 6',
        ],
      }),
      stale: () => ({
        ...templateExamples.action_items,
        programme: 'IMP-PRG-A',
        code: 'RA-BASI',
        owner_unit: 'uji-basi',
      }),
    },
  ];

  /** The innovation the changed programmes link (by its id: it has no external code). */
  let linkedInnovation = '';

  describe.each(specs.map((spec) => [spec.entity, spec] as const))(
    'importing %s',
    (_name, spec) => {
      beforeAll(async () => {
        if (spec.entity === 'programmes') {
          const innovation = await insertTestInnovation(api.handle.db, {
            unitId: unitIds.get('dinkes')!,
            createdBy: coordinatorId,
          });
          linkedInnovation = innovation.id;
        }
        if (spec.entity === 'action_items') {
          await insertImportedProgrammes(api.handle.db, {
            masterplanId: await masterplanId(),
            programmes: [
              {
                id: randomUUID(),
                record: {
                  code: 'IMP-PRG-A',
                  dimension: 'living',
                  element: 'health',
                  name: 'Program uji rencana aksi',
                  description: '',
                  horizon: 'short',
                  leadUnitId: unitIds.get('dinkes')!,
                  supportingUnitIds: [],
                  startYear: 2024,
                  endYear: 2026,
                  budget: 0,
                  fundingSource: 'apbd',
                  reference: '',
                  innovationIds: [],
                },
              },
            ],
            now: api.clock.now(),
            actorUserId: coordinatorId,
          });
        }
      });

      it('checks a valid XLSX file without changing anything, then commits it all', async () => {
        const file = await xlsxFile(spec.exchange, spec.valid());
        const checked = (await unchangedBy(() => check(spec.entity, file, 'data.xlsx'), {
          exceptImportRecords: true,
        })) as ImportAnswer;
        expectClean(checked);
        expect(checked).toMatchObject({ step: 'check', outcome: 'checked', status: 'checked' });
        expect(checked.report.counts).toEqual({ create: 2, update: 0, unchanged: 0 });
        const committed = await commit(checked.importId);
        expect(committed).toMatchObject({ outcome: 'committed', status: 'committed' });
        expect(committed.report.counts).toEqual({ create: 2, update: 0, unchanged: 0 });
        await spec.stored();
        if (spec.entity === 'users') expect(committed.usersWithoutPassword).toBe(1);
        // An event per record, naming the import, its file and its row; the importer is the actor.
        const entityType =
          spec.entity === 'action_items' ? 'action_item' : spec.entity.replace(/s$/, '');
        const events = (await listEvents(api.handle.db, { entityType })).filter(
          (e) => e.action === `${entityType}.imported`,
        );
        expect(events).toHaveLength(2);
        expect(events.map((e) => e.after)).toMatchObject([
          {
            import: { importId: checked.importId, filename: 'data.xlsx', row: 2 },
            action: 'create',
          },
          {
            import: { importId: checked.importId, filename: 'data.xlsx', row: 3 },
            action: 'create',
          },
        ]);
        expect(events.every((e) => e.actorUserId === coordinatorId)).toBe(true);
        if (spec.entity === 'users')
          expect(JSON.stringify(events)).not.toContain('Sandi-Awal-2026');
      });

      it('refuses a second commit of the same import', async () => {
        const {
          items: [last],
        } = await coordinator.caller.dataImport.list({ entity: spec.entity });
        const error = await unchangedBy(() => failure(commit(last!.id)));
        expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'already_committed' } });
      });

      it('finds everything unchanged when the same rows come back as a ;-separated CSV with a BOM', async () => {
        const file = csvFile(spec.exchange, spec.valid(), { delimiter: ';', bom: true });
        expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const checked = await check(spec.entity, file, 'data.csv');
        expectClean(checked);
        expect(checked.report.counts).toEqual({ create: 0, update: 0, unchanged: 2 });
        const committed = await unchangedBy(() => commit(checked.importId), {
          exceptImportRecords: true,
        });
        expect((committed as ImportAnswer).outcome).toBe('committed');
      });

      it('updates what a re-import changed, matched by code', async () => {
        const checked = await check(
          spec.entity,
          csvFile(spec.exchange, spec.changed(), { delimiter: ',', bom: false }),
          'ubah.csv',
        );
        expectClean(checked);
        expect(checked.report.counts).toEqual({ create: 0, update: 2, unchanged: 0 });
        expect((await commit(checked.importId)).outcome).toBe('committed');
        await spec.updated();
      });

      it('reports every row error by row and column, and changes nothing, nor does a commit of it', async () => {
        const { rows, messages } = spec.bad();
        const checked = (await unchangedBy(() => check(spec.entity, csvFile(spec.exchange, rows)), {
          exceptImportRecords: true,
        })) as ImportAnswer;
        expect(issueMessages(checked)).toEqual(messages);
        expect(checked).toMatchObject({ outcome: 'refused', status: 'refused' });
        const error = await unchangedBy(() => failure(commit(checked.importId)));
        expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'not_checked' } });
        const detail = await coordinator.caller.dataImport.byId({ id: checked.importId });
        expect(detail.report.issues).toEqual(checked.report.issues);
        expect(detail.import).toMatchObject({ status: 'refused', errorCount: messages.length });
      });

      const stale = spec.stale;
      if (stale)
        it('checks again at commit: a unit deactivated since the dry run refuses it and changes nothing', async () => {
          const checked = await check(spec.entity, await xlsxFile(spec.exchange, [stale()]));
          expectClean(checked);
          await setStaleUnitActive(false);
          try {
            const answer = (await unchangedBy(() => commit(checked.importId))) as ImportAnswer;
            expect(answer).toMatchObject({ step: 'commit', outcome: 'refused', status: 'checked' });
            expect(answer.report.issues).toMatchObject([
              { scope: 'cell', problem: { code: 'inactive_reference' } },
            ]);
          } finally {
            await setStaleUnitActive(true);
          }
        });
    },
  );

  describe('the round lock', () => {
    it('refuses to change an innovation being scored in a running round (locked_in_round)', async () => {
      const row = { ...templateExamples.innovations, code: 'IMP-DINILAI', stage: 'Evaluasi' };
      const created = await check('innovations', await xlsxFile(innovationExchange, [row]));
      expectClean(created);
      await commit(created.importId);
      const innovation = (await findInnovationsByCodes(api.handle.db, ['IMP-DINILAI'])).get(
        'IMP-DINILAI',
      )!;
      const roundId = randomUUID();
      await insertRound(
        api.handle.db,
        {
          id: roundId,
          name: 'Evaluasi Quick Win Uji',
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          rubric: defaultRubric,
          thresholds: defaultThresholds,
          status: 'open',
          version: 1,
          createdAt: api.clock.now().toISOString(),
          updatedAt: api.clock.now().toISOString(),
        },
        coordinatorId,
      );
      await insertRoundInnovation(api.handle.db, {
        roundId,
        innovationId: innovation.innovation.id,
        at: api.clock.now(),
        actorUserId: coordinatorId,
      });
      const same = await check('innovations', await xlsxFile(innovationExchange, [row]));
      expect(same.report.counts).toEqual({ create: 0, update: 0, unchanged: 1 });
      const changed = await check(
        'innovations',
        await xlsxFile(innovationExchange, [{ ...row, title: 'SIMPATI: judul baru' }]),
      );
      expect(issueMessages(changed)).toEqual([
        'Baris 2: inovasi ini sedang dinilai dalam periode penilaian yang berjalan',
      ]);
    });
  });

  describe('files', () => {
    const units = () => unitExchange as unknown as ExchangeEntity<never>;

    it('judges the kind by the bytes: a CSV named .xlsx is read, a PNG or an .xls is refused (UNSUPPORTED_TYPE)', async () => {
      const csv = csvFile(units(), [
        { code: 'impor-nama', name: 'Unit Nama Berkas', type: 'Dinas' },
      ]);
      expectClean(await check('units', csv, 'salah-nama.xlsx'));
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
      const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
      for (const bytes of [png, xls]) {
        const error = await unchangedBy(() => failure(check('units', bytes, 'unit.xlsx')));
        expect(error).toMatchObject({
          code: 'UNSUPPORTED_TYPE',
          details: {
            reason: 'unsupported_type',
            issue: { scope: 'file', problem: { code: 'unsupported_type' } },
          },
        });
      }
    });

    it('refuses an empty upload and one over 20 MB before storing anything', async () => {
      expect(await unchangedBy(() => failure(check('units', new Uint8Array())))).toMatchObject({
        code: 'VALIDATION',
        details: { reason: 'empty_file' },
      });
      const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
      expect(await unchangedBy(() => failure(check('units', big)))).toMatchObject({
        code: 'TOO_LARGE',
        details: { reason: 'too_large' },
      });
    });

    it('records a refused check for a file without rows, a renamed or missing column, or too many rows', async () => {
      const headerOnly = csvFile(units(), []);
      expect(issueMessages(await check('units', headerOnly))).toEqual([
        'Berkas tidak berisi baris data.',
      ]);
      const renamed = new TextEncoder().encode(
        'Kode;Nama unit;Nama singkat;Jenis\r\ndinkes;Dinas;;Dinas\r\n',
      );
      expect(issueMessages(await check('units', renamed))).toEqual([
        "Kolom 'Nama unit' tidak dikenal. Gunakan judul kolom dari templat.",
        "Kolom 'Nama' tidak ada (mungkin diganti namanya). Gunakan judul kolom dari templat.",
        "Kolom 'Aktif' tidak ada (mungkin diganti namanya). Gunakan judul kolom dari templat.",
      ]);
      const many = csvFile(
        units(),
        Array.from({ length: 20_001 }, (_, i) => ({
          code: `u-${i}`,
          name: `Unit ${i}`,
          type: 'Dinas',
        })),
      );
      const answer = await check('units', many);
      expect(issueMessages(answer)).toEqual([
        'Berkas memuat lebih dari 20.000 baris; bagi menjadi beberapa berkas.',
      ]);
      expect(answer.status).toBe('refused');
    });

    it('reports its progress: reading the file, then checking its rows, each up to its total', async () => {
      const rows = Array.from({ length: 1200 }, (_, i) => ({
        code: `prog-${i}`,
        name: `Unit ${i}`,
        type: 'Dinas',
      }));
      const log = progressLog();
      const answer = await checkImport(api.deps, requestOf(coordinator), {
        entity: 'units',
        filename: 'banyak.xlsx',
        content: await xlsxFile(units(), rows),
        onProgress: log.add,
      });
      expectClean(answer);
      const phases = log.lines.map((p) => p.phase);
      expect(phases[0]).toBe('reading');
      expect(phases.indexOf('checking')).toBeGreaterThan(phases.lastIndexOf('reading'));
      const checking = log.lines.filter((p) => p.phase === 'checking');
      expect(checking.length).toBeGreaterThan(3);
      expect(checking.at(-1)).toEqual({ phase: 'checking', done: 2400, total: 2400 });
      for (const [a, b] of checking.slice(1).map((p, i) => [checking[i]!, p] as const))
        expect(b.done).toBeGreaterThanOrEqual(a.done);
      const writes = progressLog();
      await commitImport(api.deps, requestOf(coordinator), {
        importId: answer.importId,
        onProgress: writes.add,
      });
      expect(writes.lines.filter((p) => p.phase === 'writing').at(-1)).toEqual({
        phase: 'writing',
        done: 1200,
        total: 1200,
      });
    });
  });

  describe('who may import', () => {
    const others = [
      'dinkes.staf@demo.test',
      'dinkes.kepala@demo.test',
      'penilai@demo.test',
      'bupati@demo.test',
    ];

    it.each(others)('refuses %s (NOT_ALLOWED) and changes nothing', async (email) => {
      const client = await api.as(email);
      const file = csvFile(unitExchange, [
        { code: 'impor-akses', name: 'Unit Akses', type: 'Dinas' },
      ]);
      const request = requestOf(client);
      expect(
        await unchangedBy(() =>
          failure(
            checkImport(api.deps, request, { entity: 'units', filename: 'a.csv', content: file }),
          ),
        ),
      ).toMatchObject({ code: 'NOT_ALLOWED', details: { reason: 'coordinators_only' } });
      const checked = await check('units', file);
      expect(
        await unchangedBy(() =>
          failure(commitImport(api.deps, request, { importId: checked.importId })),
        ),
      ).toMatchObject({
        code: 'NOT_ALLOWED',
      });
      expect(
        await failure(importTemplate(api.deps, request, { entity: 'units', format: 'xlsx' })),
      ).toMatchObject({
        code: 'NOT_ALLOWED',
      });
    });

    it('refuses the public (UNAUTHENTICATED) and a coordinator without the CSRF header', async () => {
      const file = csvFile(unitExchange, [
        { code: 'impor-publik', name: 'Unit Publik', type: 'Dinas' },
      ]);
      const publicRequest = requestOf(api.client());
      expect(
        await unchangedBy(() =>
          failure(
            checkImport(api.deps, publicRequest, {
              entity: 'units',
              filename: 'a.csv',
              content: file,
            }),
          ),
        ),
      ).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(
        await failure(importTemplate(api.deps, publicRequest, { entity: 'units', format: 'csv' })),
      ).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      expect(
        await unchangedBy(() =>
          failure(
            checkImport(api.deps, requestOf(coordinator, { csrf: false }), {
              entity: 'units',
              filename: 'a.csv',
              content: file,
            }),
          ),
        ),
      ).toMatchObject({ code: 'NOT_ALLOWED', details: { reason: 'csrf' } });
    });

    it('answers NOT_FOUND for an unknown entity and an unknown import', async () => {
      const file = csvFile(unitExchange, [{ code: 'impor-x', name: 'Unit X', type: 'Dinas' }]);
      expect(await failure(check('kendaraan' as ImportEntity, file))).toMatchObject({
        code: 'NOT_FOUND',
        details: { reason: 'unknown_entity' },
      });
      expect(await failure(commit(randomUUID()))).toMatchObject({
        code: 'NOT_FOUND',
        details: { reason: 'unknown_import' },
      });
    });
  });
});
