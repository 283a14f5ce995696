import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * The product's look: Mantine defaults with a civic teal and system fonts. `closeLabel` names
 * every dialog's and notification's close button in the user's language (Mantine's have no name,
 * which screen readers announce as a nameless button), so no call site has to.
 */
export const createAppTheme = (closeLabel: string) =>
  createTheme({
    primaryColor: 'cyan',
    primaryShade: { light: 9, dark: 6 },
    defaultRadius: 'md',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '650' },
    components: {
      // Plain objects rather than `Modal.extend(...)`: importing Modal here would put it (and
      // react-remove-scroll) on every page's first load.
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    },
  });

/** Darker secondary and error text than Mantine's defaults, so that both meet WCAG AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Mantine's default error red (red.6) is below 4.5:1 on white; red.9 passes. A filled primary
  // button's hover is one shade lighter than cyan.9 by default (cyan.8: 4.3:1 under white text);
  // a darker hover keeps its label above 4.5:1 while the pointer is on it.
  light: {
    '--mantine-color-dimmed': '#555d66',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-cyan-filled-hover': '#095c6b',
    '--mantine-primary-color-filled-hover': '#095c6b',
  },
  dark: { '--mantine-color-dimmed': '#a6adb5' },
});
