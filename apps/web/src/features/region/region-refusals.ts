import type {
  EmblemRefusalReason,
  RegionRefusalReason,
  SetupRefusalReason,
} from '@smartcity/domain';
import type regionTexts from '../../i18n/locales/region/id.json';

/** Every refusal the region and setup pages explain, by the domain's reason. */
export type RegionPageRefusal = EmblemRefusalReason | RegionRefusalReason | SetupRefusalReason;

/** The text of each refusal under `region.refusals`: a reason without a text fails the typecheck. */
const refusalTexts: Readonly<Record<RegionPageRefusal, keyof (typeof regionTexts)['refusals']>> = {
  emblem_empty: 'emblemEmpty',
  emblem_too_large: 'emblemTooLarge',
  emblem_unsupported_type: 'emblemUnsupportedType',
  emblem_unreadable: 'emblemUnreadable',
  emblem_dimensions: 'emblemDimensions',
  not_set_up: 'notSetUp',
  no_emblem: 'noEmblem',
  already_set_up: 'alreadySetUp',
  setup_token_invalid: 'setupTokenInvalid',
  setup_token_expired: 'setupTokenExpired',
  password_policy: 'passwordPolicy',
};

/**
 * The key of the sentence for a refusal, from the `reason` of an error's details; null when the
 * error is not one of these refusals (then the generic message applies).
 */
export function regionRefusalKey(
  details: Readonly<Record<string, unknown>> | null | undefined,
): `region.refusals.${keyof (typeof regionTexts)['refusals']}` | null {
  const reason = details?.reason;
  if (typeof reason !== 'string' || !Object.hasOwn(refusalTexts, reason)) return null;
  return `region.refusals.${refusalTexts[reason as RegionPageRefusal]}`;
}
