import { optionalParam, z } from '../common/search-params';

/** The setup wizard's URL: the one-time token of the link the server printed. */
export const setupSearchSchema = z.object({
  token: optionalParam(z.string().check(z.maxLength(200))),
});

/** The parsed URL of `/siapkan`. */
export type SetupSearch = z.infer<typeof setupSearchSchema>;
