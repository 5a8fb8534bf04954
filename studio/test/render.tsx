import { ThemeProvider, studioTheme } from '@sanity/ui';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/** Renders a studio component inside the Sanity UI theme, as the studio does. */
export function renderInTheme(ui: ReactElement) {
  const wrap = (node: ReactElement) => <ThemeProvider theme={studioTheme}>{node}</ThemeProvider>;
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}
