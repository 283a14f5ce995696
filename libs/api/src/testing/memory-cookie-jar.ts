import type { CookieJar, CookieOptions } from '../context';

/** A browser's cookie store in miniature, for API tests through `createCaller`. */
export class MemoryCookieJar implements CookieJar {
  readonly #cookies = new Map<string, { value: string; options: CookieOptions }>();

  get = (name: string): string | undefined => this.#cookies.get(name)?.value;

  set = (name: string, value: string, options: CookieOptions): void => {
    this.#cookies.set(name, { value, options });
  };

  clear = (name: string): void => {
    this.#cookies.delete(name);
  };

  /** The attributes the API set on a cookie. */
  options(name: string): CookieOptions | undefined {
    return this.#cookies.get(name)?.options;
  }
}
