// Text for the PDF writer: runs → pieces (one font each, Tibetan split out) → atoms (the units a line may break
// between) → lines, with Chinese line-breaking rules (避头尾) done here, since pdfkit's wrapper breaks only at
// spaces and knows nothing of closing punctuation. Lines are then drawn with pdfkit one piece at a time.
import { type DocFace, type DocRun } from '../../../shared/contract/documents';
import { type DocumentFonts, type FaceFont, type LoadedFont, faceFont, fontForChar, isTibetan } from './fonts';

/** A stretch of one run drawn in one font. */
export interface Piece {
  font: LoadedFont;
  fauxBold: boolean;
  underline: boolean;
  size: number;
  /** Extra space after each glyph (pdfkit characterSpacing, PDF Tc); 0 for Tibetan, whose marks must not move. */
  spacing: number;
}

/** The smallest unit of line breaking: one Han character, one Latin word, one Tibetan syllable, a space. */
export interface Atom {
  piece: Piece;
  text: string;
  kind: 'char' | 'word' | 'tibetan' | 'space' | 'newline';
  /** Advance in points, the piece's spacing included after every glyph. */
  width: number;
  /** Glyphs after the font's shaping (a Tibetan stack is several). */
  glyphs: number;
  noStart: boolean;
  noEnd: boolean;
  /** Part of a number kept whole (DocRun.nowrap): never cut, nor broken from the rest of its run. */
  whole?: boolean;
}

export interface Line {
  atoms: Atom[];
  /** Ends a paragraph or a forced line break: never justified. */
  last: boolean;
}

// 避头尾: characters that must not begin a line, and those that must not end one (GB/T 15834 punctuation).
const NO_START = new Set([...'，。、；：！？）》」』】〕］｝〉”’…—·．,.;:!?)]}%‰℃々ー～']);
const NO_END = new Set([...'（《「『【〔［｛〈“‘([{']);

/** Han characters, CJK punctuation and full-width forms: each is an atom of its own. */
const WIDE = /[\u2E80-\u303F\u3040-\u9FFF\uF900-\uFAFF\uFE10-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}\u2014\u2026\u2018\u2019\u201C\u201D\u00B7]/u;
const SPACE = /[ \t]/;
/** Tibetan syllables end after a tsheg (་) or a shad (།, ༎): the places a Tibetan line may break. */
const TIBETAN_BREAK = /[\u0F0B\u0F0D\u0F0E]/;

// ---------------------------------------------------------------------------------------------------------------
// Measuring (cached per font and string for the life of the process: the same characters recur in every document)

const measures = new Map<LoadedFont, Map<string, { advance: number; glyphs: number }>>();

function measure(font: LoadedFont, text: string): { advance: number; glyphs: number } {
  let perFont = measures.get(font);
  if (!perFont) measures.set(font, (perFont = new Map()));
  let m = perFont.get(text);
  if (!m) {
    const run = font.font.layout(text);
    m = { advance: run.advanceWidth / font.font.unitsPerEm, glyphs: run.glyphs.length };
    perFont.set(text, m);
  }
  return m;
}

/** Natural width of a string in one font at one size, in points. */
export function textWidth(font: LoadedFont, text: string, size: number): number {
  return measure(font, text).advance * size;
}

// ---------------------------------------------------------------------------------------------------------------
// Runs → pieces → atoms

export interface TextStyle {
  face: DocFace;
  size: number;
  /** characterSpacing for non-Tibetan glyphs: the grid's (body text) or 0. */
  spacing: number;
}

/** Splits runs into pieces of one font each: Tibetan to the Tibetan face, characters a face lacks to the Song face. */
export function toPieces(runs: DocRun[], style: TextStyle, fonts: DocumentFonts): { piece: Piece; text: string; run: number }[] {
  const out: { piece: Piece; text: string; run: number }[] = [];
  for (const [index, run] of runs.entries()) {
    const bold = run.bold === true;
    const primary = faceFont(fonts, run.face ?? style.face, bold);
    let current: { face: FaceFont; text: string } | null = null;
    const emit = () => {
      if (!current || current.text === '') return;
      const tibetan = current.face.font === fonts.tibetanRegular || current.face.font === fonts.tibetanBold;
      out.push({
        text: current.text,
        run: index,
        piece: {
          font: current.face.font,
          fauxBold: current.face.fauxBold,
          underline: run.underline === true,
          size: style.size,
          spacing: tibetan ? 0 : style.spacing,
        },
      });
    };
    for (const ch of run.text) {
      const cp = ch.codePointAt(0)!;
      // Spaces and line breaks stay with whatever font is current (every face has a space).
      const face: FaceFont = current && (ch === '\n' || SPACE.test(ch)) ? current.face : fontForChar(fonts, primary, cp, bold);
      if (!current || current.face.font !== face.font || current.face.fauxBold !== face.fauxBold) {
        emit();
        current = { face, text: '' };
      }
      current.text += ch;
    }
    emit();
  }
  return out;
}

function atom(piece: Piece, text: string, kind: Atom['kind']): Atom {
  if (kind === 'newline') return { piece, text, kind, width: 0, glyphs: 0, noStart: false, noEnd: false };
  const m = measure(piece.font, text);
  const chars = [...text];
  return {
    piece,
    text,
    kind,
    width: m.advance * piece.size + piece.spacing * m.glyphs,
    glyphs: m.glyphs,
    noStart: NO_START.has(chars[0]),
    noEnd: NO_END.has(chars[chars.length - 1]),
  };
}

/** Cuts one piece's text into atoms. */
function atomsOf(piece: Piece, text: string): Atom[] {
  const out: Atom[] = [];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    if (ch === '\n') {
      out.push(atom(piece, ch, 'newline'));
      i++;
    } else if (SPACE.test(ch)) {
      out.push(atom(piece, ' ', 'space'));
      i++;
    } else if (isTibetan(ch.codePointAt(0)!)) {
      let j = i;
      while (j < chars.length && isTibetan(chars[j].codePointAt(0)!) && !TIBETAN_BREAK.test(chars[j])) j++;
      while (j < chars.length && TIBETAN_BREAK.test(chars[j])) j++;
      out.push(atom(piece, chars.slice(i, j).join(''), 'tibetan'));
      i = j;
    } else if (WIDE.test(ch)) {
      // —— and …… are one mark each and never split.
      const pair = (ch === '—' || ch === '…') && chars[i + 1] === ch;
      out.push(atom(piece, pair ? ch + ch : ch, 'char'));
      i += pair ? 2 : 1;
    } else {
      let j = i;
      while (j < chars.length && chars[j] !== '\n' && !SPACE.test(chars[j]) && !WIDE.test(chars[j]) && !isTibetan(chars[j].codePointAt(0)!)) j++;
      out.push(atom(piece, chars.slice(i, j).join(''), 'word'));
      i = j;
    }
  }
  return out;
}

/** A number kept whole (DocRun.nowrap): glued atoms, set smaller (in half points) only when wider than `maxWidth`. */
function wholeAtoms(parts: { piece: Piece; text: string }[], maxWidth: number): Atom[] {
  const set = (scale: number): Atom[] =>
    parts.map(({ piece, text }, k) => {
      const a = atom(scale === 1 ? piece : { ...piece, size: piece.size * scale, spacing: piece.spacing * scale }, text, 'word');
      return { ...a, whole: true, noStart: a.noStart || k > 0, noEnd: a.noEnd || k < parts.length - 1 };
    });
  const atoms = set(1);
  const width = lineWidth(atoms);
  if (width <= maxWidth + EPS) return atoms;
  const size = parts[0].piece.size;
  return set(Math.floor(((size * maxWidth) / width) * 2) / 2 / size);
}

/** Runs → atoms; a word wider than `maxWidth` (a long number in a narrow cell) is cut into characters. */
export function toAtoms(runs: DocRun[], style: TextStyle, fonts: DocumentFonts, maxWidth: number): Atom[] {
  const out: Atom[] = [];
  const pieces = toPieces(runs, style, fonts);
  for (let i = 0; i < pieces.length; i++) {
    const { piece, text, run } = pieces[i];
    if (runs[run].nowrap) {
      let j = i;
      while (j + 1 < pieces.length && pieces[j + 1].run === run) j++;
      out.push(...wholeAtoms(pieces.slice(i, j + 1), maxWidth));
      i = j;
      continue;
    }
    for (const a of atomsOf(piece, text)) {
      if (a.width > maxWidth && (a.kind === 'word' || a.kind === 'tibetan')) {
        for (const ch of a.text) out.push(atom(piece, ch, a.kind));
      } else out.push(a);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Line breaking

const EPS = 0.01;
/** How many atoms 避头尾 may push to the next line before giving up (a run of closing marks is rare). */
const MAX_PUSH = 4;

/** Width of a line as set: trailing spaces hang outside the measure. */
export function lineWidth(atoms: Atom[]): number {
  let end = atoms.length;
  while (end > 0 && atoms[end - 1].kind === 'space') end--;
  let w = 0;
  for (let i = 0; i < end; i++) w += atoms[i].width;
  return w;
}

const trimStart = (atoms: Atom[]): Atom[] => {
  let i = 0;
  while (i < atoms.length && atoms[i].kind === 'space' && !atoms[i].piece.underline) i++;
  return atoms.slice(i);
};
const trimEnd = (atoms: Atom[]): Atom[] => {
  let end = atoms.length;
  while (end > 0 && atoms[end - 1].kind === 'space' && !atoms[end - 1].piece.underline) end--;
  return atoms.slice(0, end);
};

/** The last atom before index k that is not a space. */
function lastInk(atoms: Atom[], k: number): Atom | null {
  for (let i = k - 1; i >= 0; i--) if (atoms[i].kind !== 'space') return atoms[i];
  return null;
}

/** Below this much room a word goes to the next line whole; above it, a long number or code is cut. */
const CUT_ROOM_EM = 3;

/** Cuts a word of digits, capitals and joiners so that its head fills `room`; null when it should not be cut. */
function splitWord(a: Atom, room: number): [Atom, Atom] | null {
  if (a.kind !== 'word' || a.whole || !/^[0-9A-Z\-/]{6,}$/.test(a.text) || room < CUT_ROOM_EM * a.piece.size) return null;
  const chars = [...a.text];
  let n = chars.length - 1;
  while (n > 0 && atom(a.piece, chars.slice(0, n).join(''), 'word').width > room + EPS) n--;
  if (n < 2 || chars.length - n < 2) return null;
  return [atom(a.piece, chars.slice(0, n).join(''), 'word'), atom(a.piece, chars.slice(n).join(''), 'word')];
}

/**
 * Greedy line breaking with 避头尾: a line never begins with closing punctuation nor ends with opening
 * punctuation. When the atom that would open the next line is a closing mark, the character before it goes down
 * with it (推出); the shorter line is then justified to the full measure.
 */
export function breakLines(atoms: Atom[], firstWidth: number, restWidth = firstWidth): Line[] {
  const lines: Line[] = [];
  let cur: Atom[] = [];
  let width = firstWidth;
  const push = (list: Atom[], last: boolean) => {
    lines.push({ atoms: trimEnd(list), last });
    width = restWidth;
  };
  const queue = atoms.slice();
  for (let q = 0; q < queue.length; q++) {
    const a = queue[q];
    if (a.kind === 'newline') {
      push(cur, true);
      cur = [];
      continue;
    }
    if (a.kind === 'space' || lineWidth(cur) + a.width <= width + EPS) {
      if (!(a.kind === 'space' && cur.length === 0 && lines.length > 0 && !lines[lines.length - 1].last && !a.piece.underline)) cur.push(a);
      continue;
    }
    const split = splitWord(a, width - lineWidth(cur));
    if (split) {
      // A long number or code (a credit code, an ID number) is cut rather than leave a line spread wide.
      cur.push(split[0]);
      push(cur, false);
      cur = [];
      queue.splice(q + 1, 0, split[1]);
      continue;
    }
    if (lineWidth(cur) === 0) {
      // Nothing on the line yet and the atom alone is too wide: set it anyway.
      cur.push(a);
      continue;
    }
    let k = cur.length;
    while (k > 0 && cur.length - k < MAX_PUSH) {
      const start = k < cur.length ? cur[k] : a;
      const end = lastInk(cur, k);
      if (start.noStart || end?.noEnd) k--;
      else break;
    }
    const broken = k > 0 && (k < cur.length ? !cur[k].noStart : !a.noStart) && !lastInk(cur, k)?.noEnd;
    if (!broken) {
      // No good break within reach: let a closing mark hang into the margin rather than open the next line.
      if (a.noStart) {
        cur.push(a);
        continue;
      }
      k = cur.length;
    }
    push(cur.slice(0, k), false);
    cur = trimStart(cur.slice(k));
    cur.push(a);
  }
  if (cur.length > 0 || lines.length === 0) push(cur, true);
  return lines;
}

/**
 * For titles: as few lines as the measure needs, of even length (a two-line title is split near the middle, not
 * after 20 characters with 3 left over).
 */
export function balancedLines(atoms: Atom[], width: number): Line[] {
  const greedy = breakLines(atoms, width);
  if (greedy.length < 2) return greedy;
  const total = lineWidth(atoms);
  for (let w = total / greedy.length; w < width; w += 2) {
    const lines = breakLines(atoms, w);
    if (lines.length <= greedy.length) return lines;
  }
  return greedy;
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing

export type LineAlign = 'left' | 'center' | 'right' | 'justify';

/** Registers each font with pdfkit once per document under its file path; pdfkit embeds only those used. */
export function useFont(doc: PDFKit.PDFDocument, font: LoadedFont, used: Set<LoadedFont>): void {
  const name = `F:${font.file}`;
  if (!used.has(font)) {
    doc.registerFont(name, font.font as unknown as PDFKit.Mixins.PDFFontSource);
    used.add(font);
  }
  doc.font(name);
}

/** Vertical position of the baseline in a line box: the em box centred (CJK faces sit their ideographs 0.88 em up). */
export function baselineIn(top: number, height: number, size: number): number {
  return top + (height - size) / 2 + 0.88 * size;
}

/**
 * Draws one line with its left edge at x, in a measure of `width`. A justified line spreads its slack evenly over
 * the gaps between atoms — after each Han character and mark, each word, each space — never inside a Latin word
 * nor between the syllables of a Tibetan name; the last line of a paragraph is set left.
 */
export function drawLine(
  doc: PDFKit.PDFDocument,
  line: Line,
  at: { x: number; width: number; baseline: number; align: LineAlign },
  used: Set<LoadedFont>,
): void {
  const atoms = line.atoms;
  if (atoms.length === 0) return;
  // What shows: the grid's spacing after the last glyph is not ink.
  const visible = lineWidth(atoms) - atoms[atoms.length - 1].piece.spacing;
  let x = at.x;
  let extra = 0;
  if (at.align === 'center') x += (at.width - visible) / 2;
  else if (at.align === 'right') x += at.width - visible;
  // A Tibetan name is never spread between its syllables: those gaps take no extra.
  const spreads = (k: number) => k < atoms.length - 1 && !(atoms[k].kind === 'tibetan' && atoms[k + 1].kind === 'tibetan');
  if (at.align === 'justify' && !line.last) {
    let gaps = 0;
    for (let k = 0; k < atoms.length - 1; k++) if (spreads(k)) gaps++;
    if (gaps > 0) extra = Math.max(0, (at.width - visible) / gaps);
  }
  // Single Han characters take the extra through the character spacing (one call for a stretch of them); other
  // atoms are drawn one by one, the extra added after each.
  const perGlyph = (a: Atom) => extra > 0 && a.kind === 'char' && a.glyphs === 1;
  let i = 0;
  while (i < atoms.length) {
    const first = atoms[i];
    const joins = (b: Atom) => b.piece === first.piece && (extra === 0 || (perGlyph(first) && perGlyph(b)));
    let j = i + 1;
    if (extra === 0 || perGlyph(first)) while (j < atoms.length && joins(atoms[j])) j++;
    const piece = first.piece;
    let text = '';
    let width = 0;
    for (let k = i; k < j; k++) {
      text += atoms[k].text;
      width += atoms[k].width;
    }
    let advance = width;
    for (let k = i; k < j; k++) if (perGlyph(atoms[k]) || spreads(k)) advance += extra;
    if (text.trim() !== '') {
      useFont(doc, piece.font, used);
      doc.fontSize(piece.size);
      if (piece.fauxBold) doc.lineWidth(piece.size * 0.03);
      doc.text(text, x, at.baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing: piece.spacing + (perGlyph(first) ? extra : 0),
        ...(piece.fauxBold ? { fill: true, stroke: true } : {}),
      });
    }
    if (piece.underline) {
      const y = at.baseline + 0.16 * piece.size;
      const end = x + advance - (j === atoms.length ? piece.spacing + extra : 0);
      doc.save().lineWidth(0.6).moveTo(x, y).lineTo(end, y).stroke().restore();
    }
    x += advance;
    i = j;
  }
}
