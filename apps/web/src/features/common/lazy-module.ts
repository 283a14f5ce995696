/**
 * A module loaded on first use, once: `load()` starts (or joins) the import, `current` is the
 * module once it has arrived, and `subscribe` tells React when it does (see `useLazyModule`).
 * A failed import is forgotten, so the next `load()` tries again.
 */
export type LazyModule<M> = {
  readonly load: () => Promise<M>;
  readonly current: () => M | undefined;
  readonly subscribe: (listener: () => void) => () => void;
};

/** Wraps a dynamic `import()` so that it runs at most once and its result can be read at once. */
export function lazyModule<M>(importModule: () => Promise<M>): LazyModule<M> {
  let pending: Promise<M> | undefined;
  let loaded: M | undefined;
  const listeners = new Set<() => void>();
  return {
    load: () =>
      (pending ??= importModule().then(
        (module) => {
          loaded = module;
          listeners.forEach((listener) => listener());
          return module;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    current: () => loaded,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
