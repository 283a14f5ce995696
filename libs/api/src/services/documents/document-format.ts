import type { ActionStatus, BimtekStage, MasterplanFundingSource } from '@smartcity/domain';

/**
 * Indonesian wording shared by the generated documents (Bahasa Indonesia is the product's default
 * language; the documents are handed to the regency in it). Labels that the domain already holds
 * (dimensions, elements, horizons, stages, outcomes) are read from the domain; these are the ones
 * only documents need.
 */

/** Action item statuses as the documents print them. */
export const actionStatusText: Readonly<Record<ActionStatus, string>> = {
  planned: 'Direncanakan',
  in_progress: 'Berjalan',
  done: 'Selesai',
  delayed: 'Terlambat',
  cancelled: 'Dibatalkan',
};

/** Funding sources of programmes and action items. */
export const masterplanFundingText: Readonly<Record<MasterplanFundingSource, string>> = {
  apbd: 'APBD',
  apbn: 'APBN',
  apbdes: 'APBDes',
  csr: 'CSR',
  other: 'Sumber lain',
  none: 'Tanpa anggaran',
};

/** "Bimtek tahap IV". */
export function bimtekText(stage: BimtekStage): string {
  return `Bimtek tahap ${stage}`;
}

const months = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/**
 * A calendar date (`YYYY-MM-DD`, or an ISO instant read as UTC) as Indonesian text: "2 Maret 2026".
 * Written by hand rather than through `Intl` so the output does not depend on the ICU data the
 * Node build ships. Anything unparseable is returned as given.
 */
export function dateText(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const month = months[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : value;
}

/** Groups digits by thousands with dots, as Indonesian writes numbers: 1.500.000. */
export function numberText(value: number): string {
  const negative = value < 0;
  const digits = Math.round(Math.abs(value)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}

/** An amount in rupiah: "Rp 1.500.000.000". */
export function rupiahText(value: number): string {
  return `Rp ${numberText(value)}`;
}

/** A percentage with a decimal comma when it has a fraction: "42,5 %"; a dash for none. */
export function percentText(value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',')} %`;
}

/** A span of years: "2024" or "2024–2026". */
export function yearsText(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
}

/** A file-name-safe slug: "Kabupaten Sumedang" → "kabupaten-sumedang". */
export function slug(value: string, fallback: string): string {
  const cleaned = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return cleaned === '' ? fallback : cleaned;
}
