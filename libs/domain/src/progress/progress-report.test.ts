import { describe, expect, it } from 'vitest';
import { innovationAt } from '../innovation/testing/innovation-fixtures';
import {
  progressAddInputSchema,
  progressReportRefusal,
  type ProgressReport,
} from './progress-report';

const innovation = innovationAt('quick_win');
const kpi = innovation.sections.need.indicators[0]!.name;
const input = progressAddInputSchema.parse({
  innovationId: innovation.id,
  reportDate: '2026-03-01',
  progressPercent: 40,
  narrative: 'Uji coba berjalan di lima puskesmas.',
  kpiActuals: [{ name: kpi, actual: 95 }],
  status: 'in_progress',
});
const previous = (percent: number): ProgressReport => ({
  id: 'r1',
  innovationId: innovation.id,
  reportDate: '2026-02-01',
  progressPercent: percent,
  narrative: 'Sebelumnya',
  kpiActuals: [],
  status: 'in_progress',
  decreaseReason: null,
  createdAt: '2026-02-01T00:00:00.000Z',
  createdBy: null,
});

describe('progressReportRefusal', () => {
  it('accepts a first report and one at or above the previous', () => {
    expect(
      progressReportRefusal({ innovation, input, previous: null, today: '2026-03-02' }),
    ).toBeNull();
    expect(
      progressReportRefusal({ innovation, input, previous: previous(40), today: '2026-03-02' }),
    ).toBeNull();
  });

  it('refuses a report below the previous one without a reason, and accepts it with one', () => {
    expect(
      progressReportRefusal({ innovation, input, previous: previous(41), today: '2026-03-02' })
        ?.details,
    ).toMatchObject({
      field: 'decreaseReason',
      previousPercent: 41,
    });
    const explained = { ...input, decreaseReason: 'Anggaran ditunda dua bulan' };
    expect(
      progressReportRefusal({
        innovation,
        input: explained,
        previous: previous(41),
        today: '2026-03-02',
      }),
    ).toBeNull();
  });

  it('refuses a report dated in the future (today is allowed)', () => {
    expect(
      progressReportRefusal({
        innovation,
        input: { ...input, reportDate: '2026-03-03' },
        previous: null,
        today: '2026-03-02',
      })?.code,
    ).toBe('VALIDATION');
    expect(
      progressReportRefusal({
        innovation,
        input: { ...input, reportDate: '2026-03-02' },
        previous: null,
        today: '2026-03-02',
      }),
    ).toBeNull();
  });

  it('refuses reports outside the quick-win stage', () => {
    expect(
      progressReportRefusal({
        innovation: innovationAt('process'),
        input,
        previous: null,
        today: '2026-03-02',
      })?.code,
    ).toBe('INVALID_TRANSITION');
  });

  it('refuses a KPI that is not one of the need, or one reported twice', () => {
    const unknown = { ...input, kpiActuals: [{ name: 'Tidak ada', actual: 1 }] };
    expect(
      progressReportRefusal({ innovation, input: unknown, previous: null, today: '2026-03-02' })
        ?.details,
    ).toMatchObject({
      unknown: ['Tidak ada'],
    });
    const twice = {
      ...input,
      kpiActuals: [
        { name: kpi, actual: 1 },
        { name: kpi, actual: 2 },
      ],
    };
    expect(
      progressReportRefusal({ innovation, input: twice, previous: null, today: '2026-03-02' })
        ?.code,
    ).toBe('VALIDATION');
  });
});

describe('progressAddInputSchema', () => {
  it('refuses a percentage outside 0–100 and a fraction', () => {
    for (const progressPercent of [-1, 101, 50.5]) {
      expect(progressAddInputSchema.safeParse({ ...input, progressPercent }).success).toBe(false);
    }
  });
});
