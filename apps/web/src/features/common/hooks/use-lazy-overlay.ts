import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import type { LazyModule } from '../lazy-module';

/**
 * What the loaded module renders around the trigger: a Mantine `Menu` (its target toggles it) or
 * a controlled Mantine `Popover` (the trigger's `onClick` toggles it).
 */
export type LazyOverlayKind = 'menu' | 'popover';

/**
 * A menu or popover (of the header) whose code is loaded when its trigger is first used, so that
 * Mantine's Menu and Popover, and with them floating-ui, Portal and FocusTrap, stay off the first
 * load.
 *
 * Until then the trigger is a stand-in: the same button with the ARIA of a closed menu or popover
 * (`aria-haspopup`, `aria-expanded`). Pointing at it or focusing it starts loading the module, so
 * that a click usually finds it loaded; a click (or Enter, Space) loads it if need be and asks for
 * it open. The module then renders the real Menu/Popover around a new button, mounted closed and
 * opened in the next commit, with focus put back on the button first when the stand-in had it:
 * Mantine records where focus returns on close when `opened` changes, and moves focus into the
 * dropdown as usual. The stand-in is replaced only on use, never on a prefetch, so that no button
 * disappears from under the user's focus unasked. Later mounts (the module already here) render
 * the real one at once.
 *
 * Spread `triggerProps` on the trigger button; when `module` is set, render its overlay around the
 * button with `opened` and `setOpened`.
 */
export function useLazyOverlay<M>(lazy: LazyModule<M>, kind: LazyOverlayKind) {
  const loaded = useSyncExternalStore(lazy.subscribe, lazy.current);
  const [used, setUsed] = useState(() => lazy.current() !== undefined);
  const [opened, setOpened] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  /** The stand-in's click, until the loaded overlay has been opened for it. */
  const openRequest = useRef<{ readonly triggerHadFocus: boolean } | null>(null);
  const module = used ? loaded : undefined;

  useEffect(() => {
    const request = openRequest.current;
    if (!module || !request) return;
    openRequest.current = null;
    if (request.triggerHadFocus) {
      const active = document.activeElement;
      // Focus went elsewhere while the module was loading: the user has moved on.
      if (active !== null && active !== document.body) return;
      triggerRef.current?.focus();
    }
    // The overlay has just been mounted closed (see above); opening it is why this effect exists.
    setOpened(true);
  }, [module]);

  const prefetch = () => {
    // A failed prefetch is forgotten (see `lazyModule`); the click tries again.
    lazy.load().catch(() => undefined);
  };

  const triggerProps = module
    ? {
        ref: triggerRef,
        ...(kind === 'popover' ? { onClick: () => setOpened((open) => !open) } : null),
      }
    : {
        ref: triggerRef,
        'aria-haspopup': kind === 'menu' ? ('menu' as const) : ('dialog' as const),
        'aria-expanded': false,
        onPointerEnter: prefetch,
        onFocus: prefetch,
        onClick: (event: MouseEvent<HTMLElement>) => {
          openRequest.current = { triggerHadFocus: document.activeElement === event.currentTarget };
          setUsed(true);
          lazy.load().catch(() => {
            // Offline or a new deployment: stay closed; the next click tries again.
            openRequest.current = null;
            setUsed(lazy.current() !== undefined);
          });
        },
      };

  return { module, opened, setOpened, triggerProps };
}
