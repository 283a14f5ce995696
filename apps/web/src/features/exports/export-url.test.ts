import { innovationExportInputSchema } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import { innovationListFilters, innovationsSearchSchema } from '../innovations/innovations-search';
import { exportUrl } from './export-url';

const inputOf = (url: string): unknown => {
  const raw = new URL(url, 'http://localhost').searchParams.get('input');
  return raw === null ? undefined : JSON.parse(raw);
};

describe('exportUrl', () => {
  it('names the list and the format, without input when there is none', () => {
    expect(exportUrl('units', 'xlsx')).toBe('/exports/perangkat-daerah.xlsx');
    expect(exportUrl('signatures', 'csv', {})).toBe('/exports/komitmen-bersama.csv');
    expect(exportUrl('users', 'csv', { search: '', role: undefined })).toBe(
      '/exports/pengguna.csv',
    );
  });

  it('carries the innovation list’s filters as the page reads them from its URL', () => {
    const search = innovationsSearchSchema.parse({
      q: 'stunting',
      stage: 'quick_win',
      stale: true,
      sort: 'title_asc',
    });
    const url = exportUrl('innovations', 'xlsx', {
      ...innovationListFilters(search),
      sort: search.sort ?? 'updated_desc',
    });
    expect(url.startsWith('/exports/inovasi.xlsx?input=')).toBe(true);
    const input = inputOf(url);
    expect(input).toEqual({
      search: 'stunting',
      stage: 'quick_win',
      stale: true,
      sort: 'title_asc',
    });
    // What the server parses it as: the list's input without the page.
    expect(innovationExportInputSchema.parse(input)).toEqual(input);
  });

  it('encodes text that would break a URL', () => {
    const url = exportUrl('innovations', 'csv', { search: 'a&b=c #1' });
    expect(inputOf(url)).toEqual({ search: 'a&b=c #1' });
  });
});
