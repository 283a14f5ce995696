import type { InnovationListItem } from '@smartcity/api';

/**
 * Whether a list row shows the stale badge: the server's `stale` flag, decided by the domain's
 * one rule with the deployment's `STALE_DAYS`. The SPA never re-derives it from the dates (its
 * clock, its threshold and its boundary could all differ from the server's).
 */
export function showsStaleBadge(item: Pick<InnovationListItem, 'stale'>): boolean {
  return item.stale;
}
