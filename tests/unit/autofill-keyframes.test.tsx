// @vitest-environment jsdom
// The autofill keyframes once for the app (renderer/src/app/theme.ts, issue #15 item 6): by default every MUI input
// injects its own <style> element with them, and the desk form at 100 workers held 574 style sheets, each new row six
// more for the browser to take in before it could draw the row. With the app's theme a page of inputs holds the
// keyframes once, and each input still runs the animation MUI's autofill detection listens for.
import { ThemeProvider } from '@mui/material/styles';
import { TextField } from '@mui/material';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AutofillKeyframes, theme } from '../../renderer/src/app/theme';

afterEach(cleanup);

/** The document's style elements that define the autofill keyframes, and the rules that give an element that animation. */
function styles() {
  const sheets = Array.from(document.querySelectorAll('style')).map((s) => s.textContent ?? '');
  return {
    keyframes: sheets.filter((t) => /@keyframes mui-auto-fill-cancel/.test(t)).length,
    animated: sheets.filter((t) => /animation-name:\s*mui-auto-fill-cancel/.test(t)).length,
    autofilled: sheets.filter((t) => /:-webkit-autofill\{[^}]*animation-name:\s*mui-auto-fill[;}]/.test(t.replace(/\s+/g, ''))).length,
  };
}

describe('the autofill keyframes', () => {
  it('are in the page once however many inputs it holds, and every input still runs the animation', () => {
    render(
      <ThemeProvider theme={theme}>
        <AutofillKeyframes />
        {Array.from({ length: 60 }, (_, i) => <TextField key={i} label={`第${i + 1}项`} />)}
      </ThemeProvider>,
    );
    const found = styles();
    expect(found.keyframes).toBe(1);
    expect(found.animated).toBeGreaterThan(0);
    expect(found.autofilled).toBeGreaterThan(0);
    const input = document.querySelector('input')!;
    // The input's own class carries the animation (what InputBase's onAnimationStart reads to tell an autofill).
    const rule = Array.from(document.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n');
    const cls = Array.from(input.classList).find((c) => c.startsWith('css-'))!;
    expect(rule).toMatch(new RegExp(`\\.${cls}\\{[^}]*animation-name:mui-auto-fill-cancel`));
  });
});
