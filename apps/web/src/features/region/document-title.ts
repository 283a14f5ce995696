/**
 * The browser tab's title: the page, then the region ("Inovasi · Kabupaten Sumedang"); the
 * product's name stands in for the region before the setup (and while it loads).
 */
export function documentTitle(
  page: string | null | undefined,
  regionName: string | null | undefined,
  productName: string,
): string {
  const place = regionName?.trim() || productName;
  return page ? `${page} · ${place}` : place;
}

/** The URL of the region's emblem for an emblem hash: cached for good, as the hash names it. */
export function emblemUrl(emblem: string): string {
  return `/region/emblem?v=${encodeURIComponent(emblem)}`;
}
