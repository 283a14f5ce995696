import { describe, expect, it } from 'vitest';
import { commitmentSummary } from './commitment-counts';

const units = [
  { id: 'u1', name: 'Dinas Kesehatan' },
  { id: 'u2', name: 'Bapppeda' },
  { id: 'u3', name: 'Dinas Sosial' },
];
const signature = (unitId: string, signedOn: string, withdrawnAt: string | null = null) => ({
  unitId,
  signedOn,
  signedAt: `${signedOn}T08:00:00.000Z`,
  withdrawnAt,
});

describe('commitmentSummary', () => {
  it('counts N of M from the standing signatures', () => {
    const summary = commitmentSummary({
      commitments: [signature('u1', '2023-11-20'), signature('u2', '2023-11-19')],
      signedUnitIds: ['u1', 'u2'],
      unitCount: 3,
      units,
    });
    expect(summary.signed).toBe(2);
    expect(summary.total).toBe(3);
    expect(summary.percent).toBe(67);
    expect(summary.standing.map((s) => s.unit?.name)).toEqual(['Bapppeda', 'Dinas Kesehatan']);
    expect(summary.unsigned.map((u) => u.id)).toEqual(['u3']);
    expect(summary.withdrawn).toEqual([]);
  });

  it('keeps withdrawn signatures in the history, the latest first, and the unit unsigned', () => {
    const summary = commitmentSummary({
      commitments: [
        signature('u1', '2023-11-20', '2024-01-02T00:00:00.000Z'),
        signature('u3', '2023-11-20', '2024-02-02T00:00:00.000Z'),
        signature('u1', '2024-01-05'),
      ],
      signedUnitIds: ['u1'],
      unitCount: 3,
      units,
    });
    expect(summary.signed).toBe(1);
    expect(summary.standing).toHaveLength(1);
    expect(summary.withdrawn.map((w) => w.commitment.unitId)).toEqual(['u3', 'u1']);
    expect(summary.unsigned.map((u) => u.name)).toEqual(['Bapppeda', 'Dinas Sosial']);
  });

  it('answers 0 % without units', () => {
    expect(
      commitmentSummary({ commitments: [], signedUnitIds: [], unitCount: 0, units: [] }).percent,
    ).toBe(0);
  });
});
