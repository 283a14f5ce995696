import { describe, expect, it } from 'vitest';
import id from '../i18n/locales/id.json';
import { routeTree } from './router';

type RouteNode = {
  readonly id: string;
  readonly fullPath: string;
  readonly options: { readonly staticData?: { readonly title?: string } };
  readonly children?: readonly RouteNode[] | Record<string, RouteNode>;
};

/** The routes that render a page of their own: those without child routes. */
function pages(route: RouteNode): RouteNode[] {
  const children = route.children ? Object.values(route.children) : [];
  return children.length === 0 ? [route] : children.flatMap(pages);
}

function text(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], id);
}

describe('routeTree', () => {
  const all = pages(routeTree as unknown as RouteNode);

  it('gives every page a title for the browser tab, each different', () => {
    expect(all.length).toBeGreaterThan(15);
    const titles = all.map((route) => {
      const key = route.options.staticData?.title;
      expect(key, `${route.fullPath} has no staticData.title`).toBeDefined();
      expect(typeof text(key!), `${key} is not a text of id.json`).toBe('string');
      return key;
    });
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('has the setup wizard and the region profile', () => {
    const paths = all.map((route) => route.fullPath);
    expect(paths).toContain('/siapkan');
    expect(paths).toContain('/pengaturan/daerah');
  });
});
