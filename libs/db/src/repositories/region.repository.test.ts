import { createHash } from 'node:crypto';
import { isDomainError } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import { findFileContent, storeFileContent } from './file.repository';
import {
  countRegions,
  findHomeRegion,
  insertRegion,
  setRegionEmblem,
  updateRegionProfile,
} from './region.repository';

const now = new Date('2026-12-03T08:00:00.000Z');
const later = new Date('2026-12-03T09:00:00.000Z');
const sumedang = {
  name: 'Kabupaten Sumedang',
  kind: 'kabupaten',
  province: 'Jawa Barat',
  code: '32.11',
  branding: null,
} as const;

describe.each(testDatabaseFactories())('region repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  it('has no home region on a fresh database, then the one inserted (a real one by default)', async () => {
    expect(await findHomeRegion(handle.db)).toBeUndefined();
    expect(await countRegions(handle.db)).toBe(0);
    const region = await insertRegion(handle.db, { input: sumedang, now });
    expect(region).toMatchObject({ ...sumedang, emblem: null, isDemo: false, version: 1 });
    expect(await findHomeRegion(handle.db)).toEqual(region);
  });

  it('changes the profile at the version read, and refuses a stale version', async () => {
    const region = (await findHomeRegion(handle.db))!;
    const changed = await updateRegionProfile(handle.db, {
      id: region.id,
      version: region.version,
      input: { ...sumedang, branding: 'Sumedang Happy Digital Region' },
      now: later,
    });
    expect(changed).toMatchObject({ branding: 'Sumedang Happy Digital Region', version: 2 });
    const error: unknown = await updateRegionProfile(handle.db, {
      id: region.id,
      version: region.version,
      input: sumedang,
      now: later,
    }).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('CONFLICT');
    expect((await findHomeRegion(handle.db))?.branding).toBe('Sumedang Happy Digital Region');
  });

  it('sets the emblem to a stored file and clears it, bumping the version each time', async () => {
    const content = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const sha256 = createHash('sha256').update(content).digest('hex');
    await storeFileContent(handle.db, { sha256, mimeType: 'image/png', content }, now);
    expect(await findFileContent(handle.db, sha256)).toEqual({
      mimeType: 'image/png',
      content: expect.any(Uint8Array) as Uint8Array,
    });
    expect([...(await findFileContent(handle.db, sha256))!.content]).toEqual([...content]);
    const region = (await findHomeRegion(handle.db))!;
    const withEmblem = await setRegionEmblem(handle.db, { id: region.id, sha256, now: later });
    expect(withEmblem).toMatchObject({ emblem: sha256, version: region.version + 1 });
    const without = await setRegionEmblem(handle.db, { id: region.id, sha256: null, now: later });
    expect(without).toMatchObject({ emblem: null, version: region.version + 2 });
    expect(await findFileContent(handle.db, 'f'.repeat(64))).toBeUndefined();
  });
});
