import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * A Mantine form validator from a domain zod schema, with messages in the user's language:
 * the form checks exactly what the server checks, and says it in Bahasa Indonesia or English.
 * Custom messages from the domain are looked up in `messages` (by their English text).
 */
export function domainValidator<T>(
  schema: z.ZodType<unknown, T>,
  t: TFunction,
  messages: Readonly<Record<string, string>> = {},
): (values: T) => Record<string, string> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (errors[path] !== undefined) continue;
      errors[path] = translateIssue(issue, t, messages);
    }
    return errors;
  };
}

function translateIssue(
  issue: z.core.$ZodIssue,
  t: TFunction,
  messages: Readonly<Record<string, string>>,
): string {
  const known = messages[issue.message];
  if (known !== undefined) return known;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? t('validation.required')
        : t('validation.tooShort', { count: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { count: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.format');
    case 'invalid_type':
      return t('validation.required');
    default:
      return t('validation.format');
  }
}
