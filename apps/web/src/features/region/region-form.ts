import { regionInputSchema, type RegionInput, type RegionKind } from '@smartcity/domain';
import type { TFunction } from 'i18next';
import { domainValidator } from '../common/form-validation';

/** The region's fields as a form holds them (an empty branding line is none). */
export type RegionFormValues = {
  name: string;
  kind: RegionKind;
  province: string;
  code: string;
  branding: string;
};

/** An empty region form (the setup wizard starts from it). */
export const emptyRegionForm: RegionFormValues = {
  name: '',
  kind: 'kabupaten',
  province: '',
  code: '',
  branding: '',
};

/** The form's values as the domain's region input (an empty branding line becomes null). */
export function regionInputOf(values: RegionFormValues): RegionInput {
  return {
    name: values.name,
    kind: values.kind,
    province: values.province,
    code: values.code,
    branding: values.branding.trim() === '' ? null : values.branding,
  };
}

/**
 * Validates the region's fields with the domain's schema, in the user's language: the form
 * checks exactly what the server checks. Errors are keyed by field, under `prefix` when the
 * fields are part of a larger form (the setup wizard's `region.`).
 */
export function regionValidator(t: TFunction, prefix = '') {
  const validate = domainValidator(regionInputSchema, t, {
    'Use the Kemendagri code as NN.NN, e.g. 32.11': t('region.fields.codeFormat'),
  });
  return (values: RegionFormValues): Record<string, string> =>
    Object.fromEntries(
      Object.entries(validate(regionInputOf(values))).map(([path, message]) => [
        `${prefix}${path}`,
        message,
      ]),
    );
}
