import { z } from 'zod';

/** The shortest password accepted. */
export const minPasswordLength = 10;

/** The longest password accepted (long inputs only cost hashing time). */
export const maxPasswordLength = 256;

/** What can be wrong with a new password. */
export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_email';

/**
 * The password policy: at least {@link minPasswordLength} characters, at most
 * {@link maxPasswordLength}, and not the user's email (in any letter case). Returns the problems,
 * empty when the password is acceptable.
 */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < minPasswordLength) problems.push('too_short');
  if (password.length > maxPasswordLength) problems.push('too_long');
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) problems.push('same_as_email');
  return problems;
}

/** A new password's shape (length); the email rule needs the email and is checked with it. */
export const newPasswordSchema = z
  .string()
  .min(minPasswordLength, { error: `At least ${minPasswordLength} characters` })
  .max(maxPasswordLength, { error: `At most ${maxPasswordLength} characters` });
