import type { LocalizedText } from '../common/localized-text';

// No zod here: the SPA's first load imports these values, and a module that builds schemas
// would bring the schemas (and zod's classic build) along. `dimensions.ts` adds the schemas and
// re-exports everything here.

/**
 * The six smart city dimensions of Kominfo's *Gerakan Menuju 100 Smart City*, in their fixed order.
 */
export const dimensionKeys = [
  'governance',
  'branding',
  'economy',
  'living',
  'society',
  'environment',
] as const;

/** One of the six {@link dimensionKeys}. */
export type DimensionKey = (typeof dimensionKeys)[number];

/**
 * The eighteen elements, three per dimension, in catalogue order. Keys are unique across
 * dimensions, so an element key alone identifies its dimension (see {@link dimensionOfElement}).
 */
export const elementKeys = [
  'public_service',
  'bureaucracy',
  'public_policy',
  'tourism',
  'business',
  'city_appearance',
  'industry',
  'welfare',
  'financial_transaction',
  'harmony',
  'health',
  'mobility',
  'community',
  'learning_ecosystem',
  'security',
  'protection',
  'waste',
  'energy',
] as const;

/** One of the eighteen {@link elementKeys}. */
export type ElementKey = (typeof elementKeys)[number];

/** An element of a dimension, with its labels. */
export type Element = {
  readonly key: ElementKey;
  readonly label: LocalizedText;
};

/** A dimension with its labels, a one-line description and its three elements. */
export type Dimension = {
  readonly key: DimensionKey;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly elements: readonly [Element, Element, Element];
};

/**
 * The fixed catalogue: six dimensions, three elements each, labelled in Bahasa Indonesia and
 * English. It is data, not configuration: every region uses the same catalogue.
 */
export const dimensions: readonly Dimension[] = [
  {
    key: 'governance',
    label: { id: 'Smart Governance', en: 'Smart Governance' },
    description: { id: 'Tata kelola pemerintahan', en: 'Government administration' },
    elements: [
      { key: 'public_service', label: { id: 'Pelayanan publik', en: 'Public service' } },
      { key: 'bureaucracy', label: { id: 'Manajemen birokrasi', en: 'Bureaucracy management' } },
      { key: 'public_policy', label: { id: 'Kebijakan publik', en: 'Public policy' } },
    ],
  },
  {
    key: 'branding',
    label: { id: 'Smart Branding', en: 'Smart Branding' },
    description: { id: 'Pencitraan daerah', en: 'Regional branding' },
    elements: [
      { key: 'tourism', label: { id: 'Pariwisata', en: 'Tourism' } },
      { key: 'business', label: { id: 'Bisnis', en: 'Business' } },
      { key: 'city_appearance', label: { id: 'Wajah kota', en: 'City appearance' } },
    ],
  },
  {
    key: 'economy',
    label: { id: 'Smart Economy', en: 'Smart Economy' },
    description: { id: 'Ekonomi daerah', en: 'Regional economy' },
    elements: [
      { key: 'industry', label: { id: 'Industri', en: 'Industry' } },
      { key: 'welfare', label: { id: 'Kesejahteraan', en: 'Welfare' } },
      {
        key: 'financial_transaction',
        label: { id: 'Transaksi keuangan', en: 'Financial transaction' },
      },
    ],
  },
  {
    key: 'living',
    label: { id: 'Smart Living', en: 'Smart Living' },
    description: { id: 'Lingkungan hidup warga', en: 'Liveability' },
    elements: [
      { key: 'harmony', label: { id: 'Harmonisasi (tata ruang)', en: 'Harmony (spatial)' } },
      { key: 'health', label: { id: 'Kesehatan', en: 'Health' } },
      { key: 'mobility', label: { id: 'Mobilitas', en: 'Mobility' } },
    ],
  },
  {
    key: 'society',
    label: { id: 'Smart Society', en: 'Smart Society' },
    description: { id: 'Masyarakat', en: 'Society' },
    elements: [
      { key: 'community', label: { id: 'Komunitas', en: 'Community' } },
      { key: 'learning_ecosystem', label: { id: 'Ekosistem belajar', en: 'Learning ecosystem' } },
      { key: 'security', label: { id: 'Keamanan', en: 'Security' } },
    ],
  },
  {
    key: 'environment',
    label: { id: 'Smart Environment', en: 'Smart Environment' },
    description: { id: 'Lingkungan', en: 'Environment' },
    elements: [
      { key: 'protection', label: { id: 'Proteksi', en: 'Protection' } },
      { key: 'waste', label: { id: 'Sampah dan limbah', en: 'Waste' } },
      { key: 'energy', label: { id: 'Energi', en: 'Energy' } },
    ],
  },
];

const dimensionByKey = new Map<DimensionKey, Dimension>(dimensions.map((d) => [d.key, d]));
const dimensionKeyByElement = new Map<ElementKey, DimensionKey>(
  dimensions.flatMap((d) => d.elements.map((e) => [e.key, d.key] as const)),
);

/** The dimension with this key. */
export function getDimension(key: DimensionKey): Dimension {
  const dimension = dimensionByKey.get(key);
  // Unreachable for a typed key; guards against unchecked input cast to the type.
  if (!dimension) throw new RangeError(`Unknown dimension: ${String(key)}`);
  return dimension;
}

/** The dimension an element belongs to. */
export function dimensionOfElement(element: ElementKey): DimensionKey {
  const key = dimensionKeyByElement.get(element);
  if (!key) throw new RangeError(`Unknown element: ${String(element)}`);
  return key;
}

/** True when `element` is one of `dimension`'s three elements. */
export function isElementOf(dimension: DimensionKey, element: ElementKey): boolean {
  return dimensionKeyByElement.get(element) === dimension;
}
