// A DocumentModel drawn as A4 pages in HTML (GB/T 9704-2012): the page box in millimetres, the organ and title in
// 2号, the number line, body text in 3号 on the grid's line pitch, ruled tables with their spans and minimum heights,
// the signature block and the notes. No MUI, no data fetching: the layout comes from preview-layout.ts, and `scale`
// zooms the pages to fit their container. Pages are first split at the model's page breaks; once drawn, a hidden
// copy at real size is measured and the content packed into pages of the text block's height (paginate).
import { createContext, Fragment, useContext, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { DocBlock, DocRun, DocumentModel } from '../../../../shared/contract/documents';
import {
  BODY_TEXT,
  DOCUMENT_FONT_FACES,
  LINE_PITCH_PX,
  TEXT_BLOCK_HEIGHT_PX,
  TEXT_BLOCK_MM,
  FACE_FAMILY,
  PAGE_BOX,
  SONG_FAMILY,
  TITLE_TEXT,
  flowItems,
  headingRun,
  numberAlign,
  pageNumberPosition,
  pageNumberText,
  paginate,
  paragraphStyle,
  runStyle,
  showsPageNumbers,
  signatureView,
  spacerHeight,
  tableView,
  type FlowItem,
  type ParagraphStyle,
  type Placed,
  type SignerView,
} from './preview-layout';
import { AnnexPages } from './DocumentAnnex';

const PAGE: CSSProperties = {
  ...PAGE_BOX,
  boxSizing: 'border-box',
  position: 'relative',
  margin: '0 auto',
  background: '#fff',
  color: '#000',
  boxShadow: '0 1px 4px rgba(0,0,0,.25)',
  fontFamily: FACE_FAMILY.body,
  ...BODY_TEXT,
  // Chinese text breaks anywhere, and a long number or address must not push the page wider.
  overflowWrap: 'anywhere',
  lineBreak: 'strict',
  fontKerning: 'none',
};

const LINE: CSSProperties = { margin: 0, minHeight: BODY_TEXT.lineHeight };

/** True inside the hidden copy that is measured: it carries no test ids, so only the visible pages are found. */
const Measuring = createContext(false);
const useTestId = () => {
  const measuring = useContext(Measuring);
  return (id: string) => (measuring ? undefined : id);
};

function Runs({ runs, fit }: { runs: DocRun[]; fit?: number[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const style = runStyle(r, 'body', fit?.[i]);
        // A filled-in blank that is empty still shows its line.
        const text = r.underline && r.text === '' ? '\u3000\u3000\u3000\u3000' : r.text;
        return (
          <span key={i} style={style}>
            {text}
          </span>
        );
      })}
    </>
  );
}

function Paragraph({ runs, style, testId, flow }: { runs: DocRun[]; style: ParagraphStyle; testId?: string; flow?: number }) {
  const tid = useTestId();
  return (
    <p style={{ ...LINE, ...style }} data-testid={testId && tid(testId)} data-flow={flow}>
      <Runs runs={runs} />
    </p>
  );
}

/** A table, or the part of it on one page: the row groups `parts` (each flow item k with its rows). */
function Table({ block, parts }: { block: Extract<DocBlock, { type: 'table' }>; parts: { k: number; from: number; to: number }[] }) {
  const t = tableView(block);
  const cell = (c: (typeof t.rows)[number]['cells'][number]): CSSProperties => ({
    border: t.border,
    padding: t.cellPadding,
    textAlign: c.textAlign,
    verticalAlign: c.verticalAlign,
    // Line breaks in a cell (two phones, one a line) show as the PDF draws them.
    whiteSpace: 'pre-line',
  });
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: t.fontSize, lineHeight: t.lineHeight, letterSpacing: 0 }}>
      <colgroup>
        {t.columns.map((w, i) => (
          <col key={i} style={{ width: w }} />
        ))}
      </colgroup>
      <tbody>
        {parts.flatMap(({ k, from, to }) =>
          t.rows.slice(from, to + 1).map((row, i) => (
            // A row's height in a table is its minimum: taller content still grows it.
            <tr key={from + i} style={{ height: row.minHeight }} data-flow={k}>
              {row.cells.map((c, j) => (
                <td key={j} colSpan={c.colSpan > 1 ? c.colSpan : undefined} rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined} style={cell(c)}>
                  <Runs runs={c.runs} fit={c.fit} />
                </td>
              ))}
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

function Block({ block, flow }: { block: Exclude<DocBlock, { type: 'table' }>; flow: number }) {
  switch (block.type) {
    case 'paragraph':
      return block.runs.every((r) => r.text === '') ? <div style={LINE} data-flow={flow} /> : <Paragraph runs={block.runs} style={paragraphStyle(block)} flow={flow} />;
    case 'heading':
      return <Paragraph runs={[headingRun(block)]} style={paragraphStyle({})} flow={flow} />;
    case 'spacer':
      return <div style={{ height: spacerHeight(block.lines) }} data-flow={flow} />;
    case 'pageBreak':
      return null;
  }
}

function Head({ model, flow }: { model: DocumentModel; flow: number }) {
  const title: CSSProperties = { ...LINE, ...TITLE_TEXT, textAlign: 'center', fontWeight: 'normal', letterSpacing: 0, textWrap: 'balance' };
  const tid = useTestId();
  return (
    <div data-flow={flow}>
      {model.organ && <div style={title}>{model.organ}</div>}
      <h2 style={title} data-testid={tid('document-title')}>
        {model.title}
      </h2>
      {model.number && (
        <div style={{ ...LINE, textAlign: numberAlign(model), letterSpacing: 0 }} data-testid={tid('document-number')}>
          {model.number}
        </div>
      )}
      {(model.addressee || model.body.length > 0) && <div style={LINE} />}
      {model.addressee && <Paragraph runs={[{ text: model.addressee }]} style={paragraphStyle({ indent: false })} />}
    </div>
  );
}

function Signers({ v, lines }: { v: ReturnType<typeof signatureView>; lines: SignerView[] }) {
  if (lines.length === 0) return null;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: `${v.labelWidth} ${v.nameWidth}`, columnGap: v.signerGap, justifyContent: 'end', marginRight: v.signerRight }}>
      {lines.map((s, i) => (
        <Fragment key={i}>
          <span style={{ textAlign: s.spread ? 'justify' : 'center', textAlignLast: s.spread ? 'justify' : 'center' }}>{s.label}</span>
          <span>{s.name}</span>
        </Fragment>
      ))}
    </div>
  );
}

function Signature({ sig, flow }: { sig: NonNullable<DocumentModel['signature']>; flow: number }) {
  const v = signatureView(sig);
  const tid = useTestId();
  return (
    // One blank line after the text (padding, so it is measured with the block).
    <div data-testid={tid('document-signature')} data-flow={flow} style={{ paddingTop: BODY_TEXT.lineHeight, whiteSpace: 'nowrap' }}>
      <Signers v={v} lines={v.signers} />
      {v.centred.length > 0 && (
        <div style={{ width: v.centredWidth, marginLeft: 'auto', marginRight: v.centredRight, textAlign: 'center' }}>
          {v.centred.map((line, i) => (
            <div key={i} style={LINE}>
              {line}
            </div>
          ))}
        </div>
      )}
      <Signers v={v} lines={v.afterDate} />
    </div>
  );
}

/** Part of a paragraph: `lines` of its lines from line `from` (every line is one grid line tall). */
function Slice({ slice, children }: { slice: { from: number; lines: number }; children: ReactNode }) {
  return (
    <div style={{ height: `calc(${slice.lines} * ${BODY_TEXT.lineHeight})`, overflow: 'hidden' }}>
      <div style={{ marginTop: `calc(${-slice.from} * ${BODY_TEXT.lineHeight})` }}>{children}</div>
    </div>
  );
}

/** The content of one page: its items, with consecutive row groups of one table drawn as one table. */
function PageContent({ model, placed }: { model: DocumentModel; placed: Placed[] }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < placed.length; i++) {
    const { item, k, slice } = placed[i];
    let node: ReactNode = null;
    switch (item.type) {
      case 'head':
        node = <Head model={model} flow={k} />;
        break;
      case 'block': {
        const block = model.body[item.index];
        if (block.type !== 'table') node = <Block block={block} flow={k} />;
        break;
      }
      case 'rows': {
        const parts = [{ k, from: item.from, to: item.to }];
        while (i + 1 < placed.length) {
          const next = placed[i + 1];
          if (next.item.type !== 'rows' || next.item.index !== item.index) break;
          parts.push({ k: next.k, from: next.item.from, to: next.item.to });
          i++;
        }
        node = <Table block={model.body[item.index] as Extract<DocBlock, { type: 'table' }>} parts={parts} />;
        break;
      }
      case 'signature':
        if (model.signature) node = <Signature sig={model.signature} flow={k} />;
        break;
      case 'note':
        node = <Paragraph runs={model.notes[item.index]} style={paragraphStyle({})} testId="document-note" flow={k} />;
        break;
      case 'break':
        break;
    }
    if (node) out.push(slice ? <Slice key={k} slice={slice}>{node}</Slice> : <Fragment key={k}>{node}</Fragment>);
  }
  return <>{out}</>;
}

/** Paragraphs, spacers and notes are set line by line, so they may continue on the next page (headings do not). */
const splittable = (model: DocumentModel) => (item: FlowItem): boolean =>
  item.type === 'note' || (item.type === 'block' && model.body[item.index].type !== 'heading');

/**
 * Each flow item's height in CSS px at zoom 1, from the hidden copy (top of its first element to the bottom of its
 * last), undoing any transform an ancestor applies to what getBoundingClientRect reports.
 */
function measure(root: HTMLElement, count: number): number[] {
  const factor = root.offsetWidth > 0 ? root.getBoundingClientRect().width / root.offsetWidth : 1;
  const heights = new Array<number>(count).fill(0);
  const top = new Array<number>(count).fill(Infinity);
  const bottom = new Array<number>(count).fill(-Infinity);
  root.querySelectorAll<HTMLElement>('[data-flow]').forEach((el) => {
    const k = Number(el.dataset.flow);
    const r = el.getBoundingClientRect();
    top[k] = Math.min(top[k], r.top);
    bottom[k] = Math.max(bottom[k], r.bottom);
  });
  for (let k = 0; k < count; k++) if (bottom[k] > top[k]) heights[k] = (bottom[k] - top[k]) / (factor || 1);
  return heights;
}

export interface DocumentPagesProps {
  model: DocumentModel;
  /** Zoom of the pages (1: real size at 96 CSS px to the inch). */
  scale?: number;
}

export function DocumentPages({ model, scale = 1 }: DocumentPagesProps) {
  const items = useMemo(() => flowItems(model), [model]);
  const isHeading = (item: FlowItem) => item.type === 'block' && model.body[item.index].type === 'heading';
  const isBlank = (item: FlowItem) => {
    if (item.type !== 'block') return false;
    const block = model.body[item.index];
    return block.type === 'spacer' || (block.type === 'paragraph' && block.runs.every((r) => r.text === ''));
  };
  const [measured, setMeasured] = useState<{ items: FlowItem[]; heights: number[] } | null>(null);
  const hidden = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    let live = true;
    const run = () => {
      const copy = hidden.current?.firstElementChild;
      if (live && copy instanceof HTMLElement) setMeasured({ items, heights: measure(copy, items.length) });
    };
    run();
    // The faces may still be loading, or start loading only once the text is laid out (a local() face, a Tibetan
    // fallback): measure again whenever a load finishes.
    void document.fonts?.ready.then(run);
    document.fonts?.addEventListener('loadingdone', run);
    return () => {
      live = false;
      document.fonts?.removeEventListener('loadingdone', run);
    };
  }, [items]);
  const heights = measured?.items === items ? measured.heights : null;
  const pages = heights
    ? paginate(items, heights, TEXT_BLOCK_HEIGHT_PX, { linePitch: LINE_PITCH_PX, splittable: splittable(model), isHeading, isBlank })
    : paginate(items, [], Infinity);
  const numbered = showsPageNumbers(pages.length);
  return (
    <div data-testid="document-pages">
      <style>{DOCUMENT_FONT_FACES}</style>
      <div style={{ zoom: scale }}>
        {pages.map((page, i) => {
          const pn = pageNumberPosition(i + 1);
          return (
            <section key={i} style={{ ...PAGE, marginBottom: i < pages.length - 1 ? '8mm' : 0 }} data-testid="document-page" aria-label={`第 ${i + 1} 页`}>
              <PageContent model={model} placed={page} />
              {numbered && (
                <div style={{ position: 'absolute', bottom: pn.bottom, [pn.side]: pn.inset, fontFamily: SONG_FAMILY, fontSize: pn.fontSize, lineHeight: 1.2, letterSpacing: 0 }}>
                  {pageNumberText(i + 1)}
                </div>
              )}
            </section>
          );
        })}
        {model.annex && model.annex.images.length > 0 && <AnnexPages annex={model.annex} firstPage={pages.length + 1} page={PAGE} />}
      </div>
      {/* The copy that is measured: real size, the text block's width, out of sight and of the layout. */}
      <div ref={hidden} aria-hidden="true" style={{ height: 0, overflow: 'hidden', visibility: 'hidden' }}>
        <div style={{ ...PAGE, width: `${TEXT_BLOCK_MM.width}mm`, minHeight: 0, padding: 0, boxShadow: 'none' }}>
          <Measuring.Provider value={true}>
            <PageContent model={model} placed={items.map((item, k) => ({ item, k }))} />
          </Measuring.Provider>
        </div>
      </div>
    </div>
  );
}
