import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways (and, with `maxHeight`, down) on small screens. The scrolling box
 * is focusable and named, so keyboard users can scroll it even when it holds no link (public page).
 */
export function ScrollTable({
  label,
  minWidth,
  maxHeight,
  children,
}: {
  readonly label: string;
  readonly minWidth: number;
  readonly maxHeight?: number;
  readonly children: ReactNode;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      tabIndex={0}
      style={{ overflow: 'auto', maxHeight, maxWidth: '100%' }}
    >
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
