// A text area that grows with its text by the browser's own `field-sizing: content`. MUI's `minRows` gives an
// autosizing textarea that measures itself with a hidden twin on every draw of its component — a forced layout of the
// whole page, which on the desk form with 100 complainant rows cost tens of milliseconds each time the page was drawn.
// Given `inputComponent: 'textarea'`, MUI renders a plain textarea (still styled as multiline); the browser sizes it,
// from `minRows` lines up, with no script at all.

/** MUI's input line height (1.4375em) times the rows: the empty box is as tall as `minRows` lines. */
const LINE_EM = 1.4375;

/** Props for a MUI TextField: multiline, at least `minRows` lines tall, growing with its text, its label kept above it. */
export function growingTextarea(minRows: number) {
  return {
    multiline: true,
    slotProps: {
      input: { inputComponent: 'textarea' },
      // Always above the box: a value the form sets (a restored draft) fires no event for MUI to notice, and the
      // placeholder — what to write — shows while the box is empty.
      inputLabel: { shrink: true },
      htmlInput: { rows: minRows, style: { fieldSizing: 'content', minHeight: `${minRows * LINE_EM}em` } },
    },
  } as const;
}
