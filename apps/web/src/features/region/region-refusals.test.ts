import { emblemRefusalReasons, regionRefusalReasons, setupRefusalReasons } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import regionId from '../../i18n/locales/region/id.json';
import { regionRefusalKey } from './region-refusals';

describe('regionRefusalKey', () => {
  it('has a sentence for every reason the domain gives', () => {
    for (const reason of [
      ...emblemRefusalReasons,
      ...regionRefusalReasons,
      ...setupRefusalReasons,
    ]) {
      const key = regionRefusalKey({ reason });
      expect(key, reason).not.toBeNull();
      const leaf = key!.split('.').at(-1)!;
      expect(regionId.refusals[leaf as keyof typeof regionId.refusals], reason).toBeTruthy();
    }
  });

  it('answers null for other errors', () => {
    expect(regionRefusalKey({ reason: 'stale_version' })).toBeNull();
    expect(regionRefusalKey({ reason: 'toString' })).toBeNull();
    expect(regionRefusalKey(null)).toBeNull();
  });
});
