// Long tables draw only the rows in view (issue #15 item 6), with @tanstack/react-virtual measuring each drawn row
// (rows differ in height: two-line names, clamped summaries). The table stays a <table>: blank rows above and below
// stand for the rows not drawn, each drawn row carries its place in the whole (aria-rowindex, aria-rowcount on the
// table), one row at a time is in the Tab order and the arrow keys, Page Up/Down, Home and End move through the whole
// list (scrolling the row in and focusing it), Enter opens it and Space ticks it where rows can be ticked. Printing
// draws every row. Lists of up to VIRTUAL_ABOVE rows are drawn whole, as before.
import { Box } from '@mui/material';
import { useVirtualizer, useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { bodyRowIndex, nextRowIndex, OVERSCAN, padding, rowsAnnouncement, shouldWindow, tableRowCount } from './virtual-rows';

export interface RowsOptions {
  count: number;
  /** A row's usual height in px, before it is measured. */
  estimateSize: number;
  /** More rows can be loaded (keyset paging): the table's row count is then unknown to assistive technology. */
  more?: boolean;
  /** Enter on a focused row. */
  onActivate?: (index: number) => void;
  /** Space on a focused row (tick or untick it). */
  onToggle?: (index: number) => void;
  /** What the rows are counted in (条, 人). */
  noun?: string;
}

export interface VirtualRows {
  windowed: boolean;
  /** The rows to draw, in order. */
  indexes: number[];
  /** Heights of the blank rows standing for the rows above and below those drawn. */
  top: number;
  bottom: number;
  bodyRef: (el: HTMLTableSectionElement | null) => void;
  tableProps: { 'aria-rowcount': number };
  headerRowProps: { 'aria-rowindex': number };
  rowProps: (index: number) => {
    'data-index': number;
    'aria-rowindex': number;
    tabIndex: number;
    ref?: (el: Element | null) => void;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
    onFocus: (e: React.FocusEvent<HTMLElement>) => void;
  };
  announcement: string;
}

/** True while the page is being printed (beforeprint is answered synchronously so the print has every row). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const change = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

/** Rows of a table that scrolls with the page (the ledger, the case list, a roster on a detail page). */
export function useWindowRows(o: RowsOptions): VirtualRows {
  const printing = usePrinting();
  const windowed = shouldWindow(o.count, printing);
  const body = useRef<HTMLTableSectionElement | null>(null);
  const margin = useBodyOffset(body, null);
  const virtualizer = useWindowVirtualizer({ count: windowed ? o.count : 0, estimateSize: () => o.estimateSize, overscan: OVERSCAN, scrollMargin: margin });
  return useRows(o, windowed, virtualizer, body, margin, () => window.innerHeight);
}

/** Rows of a table inside its own scrolling box (a dialog's preview). */
export function useScrollerRows(o: RowsOptions, scroller: RefObject<HTMLElement | null>): VirtualRows {
  const printing = usePrinting();
  const windowed = shouldWindow(o.count, printing);
  const body = useRef<HTMLTableSectionElement | null>(null);
  const margin = useBodyOffset(body, scroller);
  const virtualizer = useVirtualizer({ count: windowed ? o.count : 0, getScrollElement: () => scroller.current, estimateSize: () => o.estimateSize, overscan: OVERSCAN, scrollMargin: margin });
  return useRows(o, windowed, virtualizer, body, margin, () => scroller.current?.clientHeight ?? 0);
}

/** Where the table's body starts in its scroll element (the page, or the box), kept up to date as what is above it changes. */
function useBodyOffset(body: RefObject<HTMLTableSectionElement | null>, scroller: RefObject<HTMLElement | null> | null): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    const box = scroller?.current;
    const next = box ? el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop : el.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(next - offset) > 1) setOffset(Math.round(next));
  });
  return offset;
}

function useRows(
  o: RowsOptions,
  windowed: boolean,
  virtualizer: Virtualizer<Window, Element> | Virtualizer<HTMLElement, Element>,
  body: RefObject<HTMLTableSectionElement | null>,
  margin: number,
  viewHeight: () => number,
): VirtualRows {
  const [active, setActive] = useState(0);
  const [focusWanted, setFocusWanted] = useState<number | null>(null);
  const { count, onActivate, onToggle, estimateSize } = o;
  const activeRow = Math.min(active, Math.max(0, count - 1));

  // The row a key moved to is drawn once the window has scrolled to it: focus it then (a few frames at most).
  useEffect(() => {
    if (focusWanted === null) return;
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const row = body.current?.querySelector<HTMLElement>(`:scope > tr[data-index="${focusWanted}"]`);
      if (row) {
        row.focus();
        setFocusWanted(null);
      } else if (frames++ < 30) handle = requestAnimationFrame(tryFocus);
      else setFocusWanted(null);
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [focusWanted, body]);

  const moveTo = useCallback(
    (index: number) => {
      setActive(index);
      if (windowed) virtualizer.scrollToIndex(index, { align: 'auto' });
      setFocusWanted(index);
    },
    [virtualizer, windowed],
  );

  const onKeyDown = useCallback(
    (index: number, e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
      const next = nextRowIndex(e.key, index, count, Math.max(1, Math.floor(viewHeight() / estimateSize) - 1));
      if (next !== null) {
        e.preventDefault();
        moveTo(next);
      } else if (e.key === 'Enter' && onActivate) {
        e.preventDefault();
        onActivate(index);
      } else if (e.key === ' ' && onToggle) {
        e.preventDefault();
        onToggle(index);
      }
    },
    [count, estimateSize, moveTo, onActivate, onToggle, viewHeight],
  );

  const bodyRef = useCallback((el: HTMLTableSectionElement | null) => {
    body.current = el;
  }, [body]);

  const items = windowed ? virtualizer.getVirtualItems() : [];
  const indexes = windowed ? items.map((i) => i.index) : Array.from({ length: count }, (_, i) => i);
  const pad = windowed ? padding(items, virtualizer.getTotalSize(), margin) : { top: 0, bottom: 0 };
  return {
    windowed,
    indexes,
    top: pad.top,
    bottom: pad.bottom,
    bodyRef,
    tableProps: { 'aria-rowcount': tableRowCount(count, o.more) },
    headerRowProps: { 'aria-rowindex': 1 },
    rowProps: (index) => ({
      'data-index': index,
      'aria-rowindex': bodyRowIndex(index),
      tabIndex: index === activeRow ? 0 : -1,
      ...(windowed ? { ref: virtualizer.measureElement } : {}),
      onKeyDown: (e) => onKeyDown(index, e),
      onFocus: (e) => {
        if (e.target === e.currentTarget && index !== active) setActive(index);
      },
    }),
    announcement: rowsAnnouncement(count, o.more ?? false, o.noun),
  };
}

/** The blank row standing for rows not drawn (hidden from assistive technology: the rows' own indexes say where they are). */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" data-testid="virtual-spacer">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

/** Says the list's size to a screen reader when it changes (visually hidden). */
export function RowCountStatus({ text }: { text: string }) {
  return (
    <Box role="status" aria-live="polite" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
      {text}
    </Box>
  );
}
