import {
  readSpreadsheet,
  type InnovationListResponse,
  type UnitListResponse,
  type UserListResponse,
} from '@smartcity/api';
import { findInnovationById, type ProgressReportWithAuthor } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import {
  cellText,
  exportColumns,
  innovationExchange,
  innovationRecordOf,
  readSheet,
  restoreText,
  type CellValue,
  type ExchangeRefs,
} from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './testing/http-server';

const testNow = new Date('2026-03-02T09:00:00.000Z');
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const accounts = {
  coordinator: 'koordinator@demo.test',
  unitStaff: 'dinkes.staf@demo.test',
  unitHead: 'kominfo.kepala@demo.test',
  evaluator: 'penilai@demo.test',
  leader: 'bupati@demo.test',
} as const;
type Caller = keyof typeof accounts | 'public';

type ErrorBody = {
  error: {
    message: string;
    domainCode: string | null;
    reason: string | null;
    details: Record<string, unknown> | null;
  };
};

/** A file read back: its headers, and its rows as the text a person sees (neutralising undone). */
type ReadBack = {
  readonly headers: string[];
  readonly raw: CellValue[][];
  readonly rows: string[][];
};

describe.each(testDatabaseFactories())('exports over HTTP on $dialect', (factory) => {
  let server: DemoServer;

  const cookieFor = async (caller: Caller) =>
    caller === 'public' ? undefined : server.cookieOf(accounts[caller]);

  const get = async (path: string, caller: Caller = 'public', input?: unknown) => {
    const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const cookie = await cookieFor(caller);
    return fetch(`${server.url}${path}${search}`, {
      headers: cookie ? { Cookie: cookie } : {},
      signal: AbortSignal.timeout(30_000),
    });
  };

  /** Downloads an export and reads it back; checks the headers every export carries. */
  async function download(
    list: string,
    format: 'xlsx' | 'csv',
    asked: { readonly caller?: Caller; readonly input?: unknown } = {},
  ): Promise<ReadBack> {
    const { caller = 'public', input } = asked;
    const response = await get(`/exports/${list}.${format}`, caller, input);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(response.status, new TextDecoder().decode(body.subarray(0, 300))).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      format === 'xlsx' ? xlsxType : 'text/csv; charset=utf-8',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(
        `^attachment; filename="${list}-([a-z0-9-]+-)?kabupaten-sumedang-2026-03-02\\.${format}"`,
      ),
    );
    const read = await readSpreadsheet(body);
    if (!read.ok) throw new Error(`unreadable ${list}.${format}: ${read.problem.code}`);
    expect(read.kind).toBe(format);
    const raw = read.table.rows.map((row) => [...row]);
    return {
      headers: read.table.headers.map((h) => cellText(h)),
      raw,
      rows: raw.map((row) => row.map((cell) => cellText(cell))),
    };
  }

  /** The column of a file read back, by its Indonesian header. */
  const column = (file: ReadBack, header: string) => {
    const index = file.headers.indexOf(header);
    expect(index, `column ${header} in ${file.headers.join(', ')}`).toBeGreaterThanOrEqual(0);
    return file.rows.map((row) => row[index] ?? '');
  };

  /** A refusal: its status, JSON in the file routes' shape, nothing internal, no file. */
  async function refused(response: Response, status: number): Promise<ErrorBody> {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(text).not.toMatch(/stack|\.ts:\d+|node_modules/);
    return JSON.parse(text) as ErrorBody;
  }

  /** Every row of `innovation.list` for an input, page after page. */
  async function listAll(input: Record<string, unknown>, caller: Caller) {
    const items: InnovationListResponse['items'] = [];
    let cursor: string | undefined;
    do {
      const page = await server.query<InnovationListResponse>(
        'innovation.list',
        { ...input, limit: 100, ...(cursor ? { cursor } : {}) },
        await cookieFor(caller),
      );
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }

  beforeAll(async () => {
    server = await startDemoServer(factory, testNow);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('GET /exports/inovasi', () => {
    const filtered = { dimension: 'governance', active: true, sort: 'title_asc' } as const;

    it.each(['xlsx', 'csv'] as const)(
      'holds exactly the rows of innovation.list for the same filters, in its order (%s)',
      async (format) => {
        const listed = await listAll(filtered, 'coordinator');
        expect(listed.length).toBeGreaterThan(3);
        const file = await download('inovasi', format, { caller: 'coordinator', input: filtered });
        expect(file.headers).toEqual(
          exportColumns(innovationExchange.columns).map((c) => c.header.id),
        );
        // Without external codes an innovation is written by its id (a re-import updates it).
        expect(column(file, 'Kode inovasi')).toEqual(listed.map((i) => i.id));
        expect(column(file, 'Judul')).toEqual(listed.map((i) => i.title));
        expect(column(file, 'Nama perangkat daerah')).toEqual(listed.map((i) => i.unitName));
      },
    );

    it('takes the search and the order of the list too', async () => {
      const input = { search: 'layanan', sort: 'created_desc' } as const;
      const listed = await listAll(input, 'unitStaff');
      expect(listed.length).toBeGreaterThan(0);
      const file = await download('inovasi', 'csv', { caller: 'unitStaff', input });
      expect(column(file, 'Kode inovasi')).toEqual(listed.map((i) => i.id));
    });

    it('writes each innovation exactly as its record, so that it reads back as the same record', async () => {
      const file = await download('inovasi', 'xlsx', {
        caller: 'coordinator',
        input: { stage: 'sustained' },
      });
      expect(file.rows.length).toBeGreaterThan(0);
      const sheet = readSheet(innovationExchange.columns, {
        headers: file.headers,
        rows: file.raw,
      });
      expect(sheet.issues).toEqual([]);
      const units = await server.handle.db
        .selectFrom('units')
        .select(['id', 'code', 'active'])
        .execute();
      const refs: ExchangeRefs = {
        unit: (code) => {
          const unit = units.find((u) => u.code === code);
          return unit && { id: unit.id, active: Boolean(unit.active) };
        },
        programme: () => undefined,
        innovation: (code) => ({ id: code }),
        period: null,
      };
      for (const row of sheet.rows.slice(0, 5)) {
        const read = innovationExchange.read(row, refs);
        expect(read.ok, JSON.stringify(read)).toBe(true);
        if (!read.ok) continue;
        const stored = await findInnovationById(server.handle.db, read.record.code);
        expect(read.record).toEqual(innovationRecordOf(stored!, null));
      }
    });

    it('gives the public only published innovations, whatever the filter asks', async () => {
      const asked = { isPublic: false, sort: 'title_asc' } as const;
      const listed = await listAll(asked, 'public');
      expect(listed.length).toBeGreaterThan(10);
      expect(listed.every((i) => i.isPublic)).toBe(true);
      const file = await download('inovasi', 'csv', { caller: 'public', input: asked });
      expect(column(file, 'Kode inovasi')).toEqual(listed.map((i) => i.id));
      expect(new Set(column(file, 'Dipublikasikan'))).toEqual(new Set(['Ya']));
      const all = await listAll({ sort: 'title_asc' }, 'leader');
      expect(all.length).toBeGreaterThan(listed.length);
    });

    it('neutralises a title that would run as a formula, and it reads back exactly', async () => {
      const title = '=HYPERLINK("http://evil.example","klik")';
      const [target] = await server.handle.db
        .selectFrom('innovations')
        .select(['id', 'title'])
        .orderBy('id')
        .limit(1)
        .execute();
      await server.handle.db
        .updateTable('innovations')
        .set({ title })
        .where('id', '=', target!.id)
        .execute();
      try {
        for (const format of ['xlsx', 'csv'] as const) {
          const file = await download('inovasi', format, {
            caller: 'coordinator',
            input: { sort: 'title_asc' },
          });
          const index = column(file, 'Kode inovasi').indexOf(target!.id);
          const titleAt = file.headers.indexOf('Judul');
          const stored = file.raw[index]?.[titleAt];
          expect(stored).toBe(`'${title}`);
          expect(restoreText(String(stored))).toBe(title);
        }
        const csv = await (
          await get('/exports/inovasi.csv', 'coordinator', { sort: 'title_asc' })
        ).text();
        expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
        expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
      } finally {
        await server.handle.db
          .updateTable('innovations')
          .set({ title: target!.title })
          .where('id', '=', target!.id)
          .execute();
      }
    });

    it('refuses filters the list refuses, a page, and input that is not JSON, with 400 JSON', async () => {
      const bad = await refused(
        await get('/exports/inovasi.xlsx', 'coordinator', { stage: 'x' }),
        400,
      );
      expect(bad.error.details?.reason).toBe('invalid_export_input');
      await refused(await get('/exports/inovasi.xlsx', 'coordinator', { limit: 10 }), 400);
      const notJson = await fetch(`${server.url}/exports/inovasi.csv?input=%7Bnope`, {
        headers: { Cookie: await server.cookieOf(accounts.coordinator) },
      });
      expect((await refused(notJson, 400)).error.domainCode).toBe('VALIDATION');
    });

    it('answers 404 JSON for a list or a format that does not exist', async () => {
      const body = await refused(await get('/exports/rahasia.xlsx', 'coordinator'), 404);
      expect(body.error.details?.reason).toBe('unknown_export');
      expect(body.error.reason).toBe('unknown_export');
      await refused(await get('/exports/inovasi.pdf', 'coordinator'), 404);
    });
  });

  describe('GET /exports/perangkat-daerah', () => {
    it.each(['public', 'unitStaff', 'coordinator'] as const)(
      'holds the units of unit.list for the same filters (%s)',
      async (caller) => {
        const input = { type: 'kecamatan' } as const;
        const listed = await server.query<UnitListResponse>(
          'unit.list',
          input,
          await cookieFor(caller),
        );
        expect(listed.total).toBe(26);
        const file = await download('perangkat-daerah', 'xlsx', { caller, input });
        expect(file.headers).toEqual(['Kode', 'Nama', 'Nama singkat', 'Jenis', 'Aktif']);
        expect(column(file, 'Kode')).toEqual(listed.items.map((u) => u.code));
        expect(new Set(column(file, 'Jenis'))).toEqual(new Set(['Kecamatan']));
      },
    );
  });

  describe('GET /exports/pengguna', () => {
    it('holds the users of user.list for a coordinator, never a password', async () => {
      const input = { role: 'unit_staff' } as const;
      const listed = await server.query<UserListResponse>(
        'user.list',
        input,
        await cookieFor('coordinator'),
      );
      expect(listed.total).toBeGreaterThan(1);
      for (const format of ['xlsx', 'csv'] as const) {
        const file = await download('pengguna', format, { caller: 'coordinator', input });
        expect(file.headers).not.toContain('Kata sandi awal');
        expect(file.headers).toContain('Terakhir masuk');
        expect(column(file, 'Email')).toEqual(listed.items.map((u) => u.email));
        expect(file.rows.flat().join(' ')).not.toMatch(/argon2|Demo-Sumedang/);
      }
    });

    it.each([
      ['public', 401, 'UNAUTHENTICATED'],
      ['unitStaff', 403, 'NOT_ALLOWED'],
      ['unitHead', 403, 'NOT_ALLOWED'],
      ['evaluator', 403, 'NOT_ALLOWED'],
      ['leader', 403, 'NOT_ALLOWED'],
    ] as const)(
      'refuses %s with %i and sends nothing of the list',
      async (caller, status, code) => {
        const body = await refused(await get('/exports/pengguna.xlsx', caller), status);
        expect(body.error.domainCode).toBe(code);
        expect(JSON.stringify(body)).not.toContain('@demo.test');
      },
    );
  });

  describe('GET /exports/program-rencana-induk and /exports/rencana-aksi', () => {
    type Overview = {
      programmes: { id: string; name: string; progress: number | null }[];
      actions: { id: string; programmeId: string; activity: string; overdue: boolean }[];
      commitments: { all: { unitId: string; signerName: string; withdrawnAt: string | null }[] };
    };

    it.each(['unitStaff', 'evaluator', 'leader'] as const)(
      'hold the programmes and action items of masterplan.overview (%s)',
      async (caller) => {
        const overview = await server.query<Overview>(
          'masterplan.overview',
          undefined,
          await cookieFor(caller),
        );
        expect(overview.programmes.length).toBe(30);
        const programmes = await download('program-rencana-induk', 'xlsx', { caller });
        expect(column(programmes, 'Kode program')).toEqual(overview.programmes.map((p) => p.id));
        expect(column(programmes, 'Nama program')).toEqual(overview.programmes.map((p) => p.name));
        expect(column(programmes, 'Kemajuan (%)')).toEqual(
          overview.programmes.map((p) =>
            p.progress === null ? '' : String(Math.round(p.progress * 10) / 10),
          ),
        );
        const actions = await download('rencana-aksi', 'csv', { caller });
        expect(column(actions, 'Kode rencana aksi')).toEqual(overview.actions.map((a) => a.id));
        expect(column(actions, 'Kode program')).toEqual(overview.actions.map((a) => a.programmeId));
        expect(column(actions, 'Terlambat')).toEqual(
          overview.actions.map((a) => (a.overdue ? 'Ya' : 'Tidak')),
        );
      },
    );

    it('holds one programme’s action items when asked, as its drawer lists them', async () => {
      const overview = await server.query<Overview>(
        'masterplan.overview',
        undefined,
        await cookieFor('coordinator'),
      );
      const programme = overview.programmes.find((p) =>
        overview.actions.some((a) => a.programmeId === p.id),
      )!;
      const file = await download('rencana-aksi', 'xlsx', {
        caller: 'coordinator',
        input: {
          programmeId: programme.id,
        },
      });
      expect(column(file, 'Kode rencana aksi')).toEqual(
        overview.actions.filter((a) => a.programmeId === programme.id).map((a) => a.id),
      );
    });

    it('write a programme by its external code once an import gave it one', async () => {
      const overview = await server.query<Overview>(
        'masterplan.overview',
        undefined,
        await cookieFor('coordinator'),
      );
      const programme = overview.programmes[0]!;
      await server.handle.db
        .updateTable('programmes')
        .set({ external_code: 'PRG-GOV-01' })
        .where('id', '=', programme.id)
        .execute();
      try {
        const file = await download('rencana-aksi', 'csv', {
          caller: 'coordinator',
          input: {
            programmeId: programme.id,
          },
        });
        expect(new Set(column(file, 'Kode program'))).toEqual(new Set(['PRG-GOV-01']));
      } finally {
        await server.handle.db
          .updateTable('programmes')
          .set({ external_code: null })
          .where('id', '=', programme.id)
          .execute();
      }
    });

    it.each(['program-rencana-induk', 'rencana-aksi', 'komitmen-bersama'])(
      'refuses the public: %s is for logged-in users',
      async (list) => {
        expect((await refused(await get(`/exports/${list}.xlsx`), 401)).error.domainCode).toBe(
          'UNAUTHENTICATED',
        );
      },
    );
  });

  describe('GET /exports/komitmen-bersama', () => {
    it('holds every signature of the joint commitment, as the Komitmen page lists them', async () => {
      const overview = await server.query<{
        commitments: { all: { unitId: string; signerName: string; withdrawnAt: string | null }[] };
      }>('masterplan.overview', undefined, await cookieFor('unitHead'));
      expect(overview.commitments.all.length).toBeGreaterThan(40);
      const file = await download('komitmen-bersama', 'xlsx', { caller: 'unitHead' });
      expect(column(file, 'Penandatangan')).toEqual(
        overview.commitments.all.map((c) => c.signerName),
      );
      expect(column(file, 'Status')).toEqual(
        overview.commitments.all.map((c) => (c.withdrawnAt === null ? 'Berlaku' : 'Ditarik')),
      );
    });
  });

  describe('GET /exports/laporan-kemajuan', () => {
    async function reportedInnovation(isPublic: boolean): Promise<string> {
      const row = await server.handle.db
        .selectFrom('innovations')
        .innerJoin('progress_reports', 'progress_reports.innovation_id', 'innovations.id')
        .select('innovations.id')
        .where('innovations.is_public', '=', isPublic)
        .orderBy('innovations.id')
        .executeTakeFirstOrThrow();
      return row.id;
    }

    it('holds the reports of progress.list; the public gets a published innovation’s, without names', async () => {
      const id = await reportedInnovation(true);
      const listed = await server.query<ProgressReportWithAuthor[]>('progress.list', {
        innovationId: id,
      });
      expect(listed.length).toBeGreaterThan(0);
      const file = await download('laporan-kemajuan', 'csv', {
        caller: 'public',
        input: { innovationId: id },
      });
      expect(column(file, 'Tanggal laporan')).toEqual(listed.map((r) => r.reportDate));
      expect(column(file, 'Kemajuan (%)')).toEqual(listed.map((r) => String(r.progressPercent)));
      expect(new Set(column(file, 'Dilaporkan oleh'))).toEqual(new Set(['']));
      const staff = await download('laporan-kemajuan', 'xlsx', {
        caller: 'unitStaff',
        input: { innovationId: id },
      });
      expect(column(staff, 'Dilaporkan oleh')).toEqual(listed.map((r) => r.createdByName ?? ''));
    });

    it('answers 404 to the public for an unpublished innovation, and its reports to users', async () => {
      const id = await reportedInnovation(false);
      const body = await refused(
        await get('/exports/laporan-kemajuan.xlsx', 'public', { innovationId: id }),
        404,
      );
      expect(body.error.domainCode).toBe('NOT_FOUND');
      const file = await download('laporan-kemajuan', 'xlsx', {
        caller: 'evaluator',
        input: { innovationId: id },
      });
      expect(file.rows.length).toBeGreaterThan(0);
    });
  });

  describe('GET /exports/hasil-penilaian', () => {
    type RoundDetail = {
      round: { id: string; name: string };
      entries: { innovationId: string; result: { score: number | null } }[];
    };

    async function closedRound(): Promise<RoundDetail> {
      const rounds = await server.query<{ id: string; status: string }[]>(
        'evaluation.rounds',
        undefined,
        await cookieFor('coordinator'),
      );
      const closed = rounds.find((r) => r.status === 'closed')!;
      return server.query<RoundDetail>(
        'evaluation.round',
        { id: closed.id },
        await cookieFor('coordinator'),
      );
    }

    it.each(['coordinator', 'leader'] as const)(
      'holds the results of evaluation.round, ranked, with a column per criterion (%s)',
      async (caller) => {
        const detail = await closedRound();
        expect(detail.entries.length).toBeGreaterThan(0);
        const file = await download('hasil-penilaian', 'xlsx', {
          caller,
          input: { id: detail.round.id },
        });
        expect(column(file, 'Kode inovasi')).toEqual(detail.entries.map((e) => e.innovationId));
        expect(column(file, 'Skor')).toEqual(
          detail.entries.map((e) => (e.result.score === null ? '' : String(e.result.score))),
        );
        expect(file.headers.filter((h) => h.startsWith('Rata-rata '))).toHaveLength(5);
        expect(file.headers.join(' ')).not.toMatch(/Nama penilai|Evaluator name/);
      },
    );

    it.each([
      ['public', 401],
      ['evaluator', 403],
      ['unitHead', 403],
      ['unitStaff', 403],
    ] as const)('refuses %s with %i, as evaluation.round does', async (caller, status) => {
      const detail = await closedRound();
      const body = await refused(
        await get('/exports/hasil-penilaian.csv', caller, { id: detail.round.id }),
        status,
      );
      expect(JSON.stringify(body)).not.toContain(detail.round.name);
    });

    it('answers 404 for a round that does not exist', async () => {
      await refused(
        await get('/exports/hasil-penilaian.xlsx', 'leader', {
          id: '00000000-0000-4000-8000-000000000000',
        }),
        404,
      );
    });
  });
});
