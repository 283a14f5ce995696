import { refusalReasons } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import accountsEn from '../../i18n/locales/accounts/en.json';
import accountsId from '../../i18n/locales/accounts/id.json';
import en from '../../i18n/locales/en.json';
import evaluationEn from '../../i18n/locales/evaluation/en.json';
import evaluationId from '../../i18n/locales/evaluation/id.json';
import exchangeEn from '../../i18n/locales/exchange/en.json';
import exchangeId from '../../i18n/locales/exchange/id.json';
import id from '../../i18n/locales/id.json';
import masterplanEn from '../../i18n/locales/masterplan/en.json';
import masterplanId from '../../i18n/locales/masterplan/id.json';
import regionEn from '../../i18n/locales/region/en.json';
import regionId from '../../i18n/locales/region/id.json';
import unitAdminEn from '../../i18n/locales/unit-admin/en.json';
import unitAdminId from '../../i18n/locales/unit-admin/id.json';
import { errorMessages, refusalMessageKeys } from './refusal-messages';

// The texts as i18next holds them: the shell's, with each feature's under its namespace.
const resources = {
  id: {
    ...id,
    accounts: accountsId,
    evaluation: evaluationId,
    exchange: exchangeId,
    masterplan: masterplanId,
    region: regionId,
    unitAdmin: unitAdminId,
  },
  en: {
    ...en,
    accounts: accountsEn,
    evaluation: evaluationEn,
    exchange: exchangeEn,
    masterplan: masterplanEn,
    region: regionEn,
    unitAdmin: unitAdminEn,
  },
};

/** The text of a key (or of its plural forms), or undefined. */
function textOf(texts: object, key: string): unknown {
  const path = key.split('.');
  const leaf = path.pop()!;
  let node: unknown = texts;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  const parent = node as Record<string, unknown> | undefined;
  return parent?.[leaf] ?? parent?.[`${leaf}_other`];
}

const facts = { code: null, domainCode: null, reason: null, details: null } as const;

describe('refusalMessageKeys', () => {
  it('has a sentence in both languages for every reason the domain gives', () => {
    for (const reason of refusalReasons) {
      const key = refusalMessageKeys[reason];
      expect(key, reason).toBeTruthy();
      for (const [language, texts] of Object.entries(resources)) {
        expect(textOf(texts, key), `${language}: ${reason} → ${key}`).toEqual(expect.any(String));
      }
    }
  });

  it('has nothing but the domain’s reasons', () => {
    expect(Object.keys(refusalMessageKeys).sort()).toEqual([...refusalReasons].sort());
  });
});

describe('errorMessages', () => {
  it('says a refusal by its reason, with its count, and by its domain code', () => {
    expect(
      errorMessages({
        ...facts,
        code: 'CONFLICT',
        domainCode: 'CONFLICT',
        reason: 'unassigned',
        details: { reason: 'unassigned', innovationIds: ['a', 'b'] },
      }),
    ).toEqual({
      byReason: [{ key: 'evaluation.refusals.unassigned', values: { count: 2 } }],
      byCode: { key: 'errors.conflict', values: { count: 2 } },
    });
  });

  it('decides on the domain code, not the transport code', () => {
    const gate = errorMessages({
      ...facts,
      code: 'PRECONDITION_FAILED',
      domainCode: 'STAGE_GATE_NOT_MET',
    });
    expect(gate.byReason).toEqual([]);
    expect(gate.byCode.key).toBe('innovations.errors.gateNotMet');
    expect(
      errorMessages({
        ...facts,
        code: 'CONFLICT',
        domainCode: 'CONFLICT',
        details: { field: 'email' },
      }).byCode.key,
    ).toBe('errors.emailTaken');
  });

  it('says every check of a masterplan refusal, each once', () => {
    const { byReason } = errorMessages({
      ...facts,
      domainCode: 'VALIDATION',
      details: {
        issues: [
          { field: 'startYear', reason: 'outside_period' },
          { field: 'endYear', reason: 'outside_period' },
          { field: 'horizon', reason: 'horizon_too_short' },
          { field: 'x', reason: 'typo' },
        ],
      },
    });
    expect(byReason.map((m) => m.key)).toEqual([
      'masterplan.refusals.outsidePeriod',
      'masterplan.refusals.horizonTooShort',
    ]);
  });

  it('falls back to the transport code only without a domain code', () => {
    expect(errorMessages(facts).byCode.key).toBe('errors.network');
    expect(errorMessages({ ...facts, code: 'BAD_REQUEST' }).byCode.key).toBe('errors.badRequest');
    expect(errorMessages({ ...facts, code: 'INTERNAL_SERVER_ERROR' }).byCode.key).toBe(
      'errors.unexpected',
    );
  });
});
