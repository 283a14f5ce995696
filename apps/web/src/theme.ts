import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** The product's look: Mantine defaults with a civic teal and system fonts. */
export const theme = createTheme({
  primaryColor: 'cyan',
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
});

/** Darker "dimmed" text than Mantine's default, so that secondary text meets WCAG AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#555d66' },
  dark: { '--mantine-color-dimmed': '#a6adb5' },
});
