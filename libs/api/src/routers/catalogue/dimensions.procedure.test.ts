import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../../testing/test-api';

describe('dimensionsProcedure', () => {
  const [sqlite] = testDatabaseFactories();
  let api: TestApi;
  beforeAll(async () => (api = await openTestApi(sqlite!)));
  afterAll(() => api.close());

  it('answers the six dimensions and eighteen elements with both labels', async () => {
    const answer = await api.client().caller.catalogue.dimensions();
    expect(answer.map((d) => d.key)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    expect(answer.flatMap((d) => d.elements)).toHaveLength(18);
    expect(answer[3]?.elements[1]).toEqual({
      key: 'health',
      label: { id: 'Kesehatan', en: 'Health' },
    });
  });

  it('is plain JSON (no class instances, survives a JSON round trip)', async () => {
    const answer = await api.client().caller.catalogue.dimensions();
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });
});
