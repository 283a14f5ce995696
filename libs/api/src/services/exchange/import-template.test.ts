import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  importEntities,
  templateColumns,
  templateSheets,
  type ImportEntity,
} from '@smartcity/domain';
import {
  findInnovationsByCodes,
  findMasterplan,
  findRegionByName,
  insertMasterplan,
  listExchangeActionItems,
  listExchangeProgrammes,
} from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate, issueMessages, requestOf } from '../../testing/import-files';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';
import { checkImport, commitImport, importTemplate, type ImportTemplate } from './import-service';
import { importers } from './importers';

type Validation = { type: string; formulae: unknown[] };

async function workbookOf(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as never);
  return workbook;
}

const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { model: Record<string, Validation | undefined> } })
    .dataValidations.model;

describe.each(testDatabaseFactories())('import templates on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    await insertMasterplan(api.handle.db, {
      plan: {
        id: randomUUID(),
        regionId: region!.id,
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

  const template = (entity: ImportEntity, format: 'xlsx' | 'csv') =>
    importTemplate(api.deps, requestOf(coordinator), { entity, format });

  // Reading a template back with exceljs expands its validations cell by cell (20,000 rows per
  // column): each template is generated and read once per database.
  const loaded = new Map<
    ImportEntity,
    Promise<{ file: ImportTemplate; workbook: ExcelJS.Workbook }>
  >();
  const xlsxTemplate = (entity: ImportEntity) => {
    let entry = loaded.get(entity);
    if (!entry) {
      entry = template(entity, 'xlsx').then(async (file) => ({
        file,
        workbook: await workbookOf(file.content),
      }));
      loaded.set(entity, entry);
    }
    return entry;
  };

  it.each([...importEntities])(
    'writes the %s template from the columns: headers, instructions for every column, drop-downs',
    async (entity) => {
      const { entity: exchange } = importers[entity];
      const columns = templateColumns(exchange.columns);
      const { file, workbook } = await xlsxTemplate(entity);
      expect(file.contentType).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
        [templateSheets.data, 'visible'],
        [templateSheets.guide, 'visible'],
        [templateSheets.choices, 'hidden'],
      ]);
      const data = workbook.getWorksheet(templateSheets.data)!;
      expect(data.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header.id)]);
      expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(data.rowCount).toBe(1);
      // Every column is explained on the instructions sheet, in order, with an example.
      const guide = workbook.getWorksheet(templateSheets.guide)!;
      const explained = columns.map((_, i) => guide.getRow(i + 2).getCell(1).value);
      expect(explained).toEqual(columns.map((c) => c.header.id));
      for (const [i, column] of columns.entries()) {
        const row = guide.getRow(i + 2);
        expect(row.getCell(2).value).toBe(column.required ? 'Ya' : 'Tidak');
        expect(row.getCell(3).text).toBe(column.description.id);
        expect(row.getCell(4).text.length).toBeGreaterThan(5);
      }
      // Coded columns get a drop-down from the hidden sheet; free text gets a length check.
      const model = validations(data);
      const choices = workbook.getWorksheet(templateSheets.choices)!;
      for (const [i, column] of columns.entries()) {
        const letter = data.getColumn(i + 1).letter;
        const validation = model[`${letter}2`];
        if (column.format.type === 'choice' || column.format.type === 'boolean') {
          expect(validation?.type, column.key).toBe('list');
          const [, listLetter] = /!\$([A-Z]+)\$2/.exec(String(validation?.formulae[0]))!;
          expect(choices.getCell(`${listLetter}1`).value).toBe(column.header.id);
        }
        if (column.format.type === 'text') expect(validation?.type, column.key).toBe('textLength');
        if (column.format.type === 'number')
          expect(['whole', 'decimal'], column.key).toContain(validation?.type);
      }
      // The validations cover every row an import takes.
      expect(Object.keys(model).filter((address) => address.endsWith('20001')).length).toBe(
        Object.keys(model).filter((address) => /^[A-Z]+2$/.test(address)).length,
      );
      expect(Object.keys(model).some((address) => address.endsWith('20002'))).toBe(false);
    },
  );

  it('lists the region’s unit codes (and the masterplan’s programmes) in the reference drop-downs', async () => {
    const { workbook } = await xlsxTemplate('action_items');
    const data = workbook.getWorksheet(templateSheets.data)!;
    const choices = workbook.getWorksheet(templateSheets.choices)!;
    const unitColumn = templateColumns(importers.action_items.entity.columns).findIndex(
      (c) => c.key === 'owner_unit',
    );
    const formula = String(
      validations(data)[`${data.getColumn(unitColumn + 1).letter}2`]?.formulae[0],
    );
    const [, letter, last] = /!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)/.exec(formula)!;
    const codes = Array.from(
      { length: Number(last) - 1 },
      (_, i) => choices.getCell(`${letter}${i + 2}`).text,
    );
    expect(codes).toHaveLength(55);
    expect(codes).toContain('dinkes');
    expect(codes).toContain('kec-wado');
  });

  it('writes the CSV template as the header row, UTF-8 with a BOM', async () => {
    const file = await template('units', 'csv');
    expect(file).toMatchObject({
      filename: 'templat-perangkat-daerah.csv',
      contentType: 'text/csv; charset=utf-8',
    });
    expect(file.content.toString('utf8')).toBe('\ufeffKode,Nama,Nama singkat,Jenis,Aktif\r\n');
  });

  it('imports templates filled in with their own examples, one after the other', async () => {
    // Units, users, innovations, programmes, action items: each example names the ones before.
    for (const entity of ['units', 'users', 'innovations', 'programmes', 'action_items'] as const) {
      const { file, workbook } = await xlsxTemplate(entity);
      const guide = workbook.getWorksheet(templateSheets.guide)!;
      const count = templateColumns(importers[entity].entity.columns).length;
      const examples = Array.from({ length: count }, (_, i) => guide.getRow(i + 2).getCell(5).text);
      const content = await fillTemplate(new Uint8Array(file.content), [examples]);
      const checked = await checkImport(api.deps, requestOf(coordinator), {
        entity,
        filename: `templat-${entity}.xlsx`,
        content,
      });
      expect(issueMessages(checked), entity).toEqual([]);
      const committed = await commitImport(api.deps, requestOf(coordinator), {
        importId: checked.importId,
      });
      expect(committed.outcome, entity).toBe('committed');
    }
    const innovation = (await findInnovationsByCodes(api.handle.db, ['INV-001'])).get('INV-001');
    expect(innovation?.innovation.stage).toBe('quick_win');
    const masterplan = (await findMasterplan(api.handle.db))!;
    const [programme] = await listExchangeProgrammes(api.handle.db, masterplan.id);
    expect(programme).toMatchObject({
      externalCode: 'PRG-LIV-01',
      innovationIds: [innovation?.innovation.id],
    });
    const [action] = await listExchangeActionItems(api.handle.db, masterplan.id);
    expect(action).toMatchObject({ externalCode: 'RA-01', programmeId: programme?.id });
  });
});
