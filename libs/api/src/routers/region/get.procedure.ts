import type { Region } from '@smartcity/domain';
import { findHomeRegion } from '@smartcity/db';
import { publicProcedure } from '../../trpc';

/**
 * `region.get` (anyone: the login page and the public dashboard show it): the region this
 * deployment serves (name, kind, province, Kemendagri code, branding line, emblem hash, whether
 * its data is the demo's, version), or null before the setup.
 */
export const getProcedure = publicProcedure.query(
  async ({ ctx }): Promise<Region | null> => (await findHomeRegion(ctx.db)) ?? null,
);
