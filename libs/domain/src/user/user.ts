import { z } from 'zod';
import { idSchema } from '../common/id';
import { DomainError } from '../errors/domain-error';
import { newPasswordSchema, maxPasswordLength } from '../auth/password-policy';
import { roleSchema, unitRequirement, type Role } from '../auth/roles';

/** A person who logs in. The password hash never leaves the data layer. */
export type User = {
  readonly id: string;
  readonly name: string;
  /** The login; stored and compared in lower case. */
  readonly email: string;
  /** Civil servant number (NIP), 18 digits, when the person has one. */
  readonly nip: string | null;
  readonly role: Role;
  /** Required for unit roles, optional for evaluators, null for coordinators and leaders. */
  readonly unitId: string | null;
  readonly active: boolean;
  /**
   * Someone else set the password (a coordinator created or reset it, or an import did): the user
   * must choose a new one at the next login before doing anything else.
   */
  readonly temporaryCredentials: boolean;
  /** For optimistic concurrency: a change must name the version it read. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastLoginAt: string | null;
};

/**
 * The refusal of anything but choosing a new password while the user's password is one someone
 * else set (see {@link User.temporaryCredentials}); null otherwise.
 */
export function temporaryCredentialsRefusal(
  user: Pick<User, 'temporaryCredentials'>,
): DomainError | null {
  if (!user.temporaryCredentials) return null;
  return new DomainError('NOT_ALLOWED', 'Choose a new password first', {
    reason: 'password_change_required',
  });
}

/** An email address as a login: trimmed, lower case, at most 254 characters. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Must be a valid email address' }));

/** A civil servant number (NIP): exactly 18 digits. */
export const nipSchema = z
  .string()
  .trim()
  .regex(/^\d{18}$/, { error: 'NIP must be exactly 18 digits' });

/** A person's name as shown in the app. */
export const personNameSchema = z.string().trim().min(2).max(120);

/** Checks that the unit fits the role (see {@link unitRequirement}). */
function refineUnitForRole(
  value: { role?: Role | undefined; unitId?: string | null | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.role === undefined) return;
  const need = unitRequirement(value.role);
  if (need === 'required' && !value.unitId) {
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'A unit is required for this role' });
  }
  if (need === 'none' && value.unitId) {
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'This role has no unit' });
  }
}

/** Checks that a new account gets exactly one of a first password and an invitation link. */
function refineFirstCredentials(
  value: { password?: string | undefined; invite?: true | undefined },
  ctx: z.RefinementCtx,
): void {
  const given = (value.password !== undefined ? 1 : 0) + (value.invite !== undefined ? 1 : 0);
  if (given !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['password'],
      message: 'Give a first password or ask for an invitation link',
    });
  }
}

/**
 * Input of `user.create` (coordinators): the person, their role and unit, and either a first
 * password (the user must change it at the first login) or `invite: true` (the answer carries a
 * one-time invitation link; the account has no usable password until it is accepted).
 */
export const userCreateInputSchema = z
  .strictObject({
    name: personNameSchema,
    email: emailSchema,
    nip: nipSchema.nullable().default(null),
    role: roleSchema,
    unitId: idSchema.nullable().default(null),
    password: newPasswordSchema.optional(),
    invite: z.literal(true).optional(),
  })
  .superRefine(refineUnitForRole)
  .superRefine(refineFirstCredentials);

/** The parsed input of `user.create`. */
export type UserCreateInput = z.infer<typeof userCreateInputSchema>;

/**
 * Input of `user.update` (coordinators): the fields to change, and the version read. Role and
 * unit change together: the pair is checked as it will be after the change.
 */
export const userUpdateInputSchema = z.strictObject({
  id: idSchema,
  version: z.int().min(1),
  name: personNameSchema.optional(),
  email: emailSchema.optional(),
  nip: nipSchema.nullable().optional(),
  role: roleSchema.optional(),
  unitId: idSchema.nullable().optional(),
});

/** The parsed input of `user.update`. */
export type UserUpdateInput = z.infer<typeof userUpdateInputSchema>;

/** The fields of a user after an update, to check that role and unit still fit. */
export function unitRoleProblems(role: Role, unitId: string | null): string[] {
  const need = unitRequirement(role);
  if (need === 'required' && !unitId) return ['A unit is required for this role'];
  if (need === 'none' && unitId) return ['This role has no unit'];
  return [];
}

/** Input of `user.list` (coordinators). */
export const userListInputSchema = z
  .strictObject({
    search: z.string().trim().max(100).optional(),
    role: roleSchema.optional(),
    unitId: idSchema.optional(),
    includeInactive: z.boolean().optional(),
  })
  .optional();

/** The parsed input of `user.list`. */
export type UserListInput = z.infer<typeof userListInputSchema>;

/** Input of `user.deactivate` and `user.activate`. */
export const userActivationInputSchema = z.strictObject({ id: idSchema, version: z.int().min(1) });

/** Input of `user.resetPassword`: a new password set by a coordinator. */
export const userResetPasswordInputSchema = z.strictObject({
  id: idSchema,
  password: newPasswordSchema,
});

/** Input of `auth.login`. Any password length up to the maximum is accepted here: no hints. */
export const loginInputSchema = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(maxPasswordLength),
});

/** The parsed input of `auth.login`. */
export type LoginInput = z.infer<typeof loginInputSchema>;

/** Input of `auth.changePassword`. */
export const changePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(maxPasswordLength),
  newPassword: newPasswordSchema,
});
