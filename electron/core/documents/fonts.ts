// The fonts a PDF is drawn with. The application ships its own (OFL-1.1, from npm packages already in
// dependencies) so that a clean checkout and every user's PC give the same pages; the one exception is 仿宋, which
// has no open face: where the system has one (Windows, WPS on domestic systems) the body text uses it, else the
// shipped Song face. Each font file is read and parsed once per process.
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { extname, join } from 'node:path';
import { type DocFace } from '../../../shared/contract/documents';

// createRequire(__filename) resolves node_modules the same way in development (tsx), tests (vitest) and the
// bundled core (CommonJS, dependencies external), where the packaged app's node_modules sit beside out/.
const req = createRequire(__filename);

// ---------------------------------------------------------------------------------------------------------------
// fontkit, as far as we use it (it ships no types; pdfkit depends on it and accepts its font objects).

export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
}
export interface FontkitFont {
  familyName: string;
  fullName: string;
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  name: { records: Record<string, Record<string, string> | undefined> };
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { glyphs: FontkitGlyph[]; advanceWidth: number };
  /** pdfkit recognises a font object by this (PDFFontFactory.open). */
  createSubset(): unknown;
}
interface FontkitCollection {
  fonts: FontkitFont[];
}
interface Fontkit {
  create(buffer: Uint8Array): FontkitFont | FontkitCollection;
}
const fontkit = req('fontkit') as Fontkit;

// ---------------------------------------------------------------------------------------------------------------
// The shipped faces

/** Font files shipped with the application (npm packages @expo-google-fonts/*, OFL-1.1). */
export const SHIPPED_FONTS = {
  /** Noto Serif SC Regular: the Song face, body text where the system has no 仿宋, page numbers (宋体 by §7.5). */
  songRegular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  /** Noto Serif SC Bold: stand-in for 方正小标宋 (titles), and bold body text. */
  songBold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  /** Noto Sans SC Regular: the 黑体 role (level-1 headings). */
  heiRegular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  heiBold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  /** Noto Serif Tibetan: names in Tibetan script (U+0F00–U+0FFF) inside any run. */
  tibetanRegular: '@expo-google-fonts/noto-serif-tibetan/400Regular/NotoSerifTibetan_400Regular.ttf',
  tibetanBold: '@expo-google-fonts/noto-serif-tibetan/700Bold/NotoSerifTibetan_700Bold.ttf',
} as const;
export type ShippedFont = keyof typeof SHIPPED_FONTS;

export const shippedFontPath = (key: ShippedFont): string => req.resolve(SHIPPED_FONTS[key]);

/** A parsed font file with what a writer needs to report and measure it. */
export interface LoadedFont {
  /** The file it came from (for the record). */
  file: string;
  font: FontkitFont;
  /** The family name as embedded (name ID 1, English): "Noto Serif SC", "FangSong". */
  family: string;
  /** Per-code-point coverage, filled as characters are met. */
  covers(codePoint: number): boolean;
}

const loaded = new Map<string, LoadedFont>();

/** Parses a font file once per process; a collection (.ttc) yields its member that `pick` accepts, else the first. */
export function loadFont(file: string, pick?: (font: FontkitFont) => boolean): LoadedFont {
  const cached = loaded.get(file);
  if (cached) return cached;
  const parsed = fontkit.create(readFileSync(file));
  const font = 'fonts' in parsed ? (parsed.fonts.find((f) => pick?.(f)) ?? parsed.fonts[0]) : parsed;
  const coverage = new Map<number, boolean>();
  const entry: LoadedFont = {
    file,
    font,
    family: font.familyName,
    covers(codePoint) {
      let has = coverage.get(codePoint);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(codePoint);
        coverage.set(codePoint, has);
      }
      return has;
    },
  };
  loaded.set(file, entry);
  return entry;
}

// ---------------------------------------------------------------------------------------------------------------
// The system's 仿宋

const FANGSONG_FAMILY = /fangsong|仿宋/i;

/** Whether any localized family name of the font is FangSong / 仿宋 (仿宋_GB2312 included). */
function isFangSong(font: FontkitFont): boolean {
  const records = font.name?.records ?? {};
  const names = [records.fontFamily, records.preferredFamily].flatMap((r) => (r ? Object.values(r) : []));
  return names.some((n) => FANGSONG_FAMILY.test(n));
}

/** File names that may hold a 仿宋 (simfang, FSGB2312, 仿宋_GB2312, FZFSK…): opened and checked by family name. */
const FANGSONG_FILE = /fang|fs|仿宋/i;
const FONT_EXT = new Set(['.ttf', '.otf', '.ttc']);

function fontFilesUnder(dir: string, depth = 0, out: string[] = []): string[] {
  if (depth > 6) return out;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
    }
    if (isDir) fontFilesUnder(path, depth + 1, out);
    else if (FONT_EXT.has(extname(entry.name).toLowerCase()) && FANGSONG_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

function systemFangSongCandidates(): string[] {
  if (process.platform === 'win32') {
    const windir = process.env.WINDIR ?? 'C:\\Windows';
    const dirs = [join(windir, 'Fonts')];
    if (process.env.LOCALAPPDATA) dirs.push(join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
    // simfang.ttf (FangSong, GBK) first: it covers more than 仿宋_GB2312.
    const names = ['simfang.ttf', 'SIMFANG.TTF', 'FSGB2312.ttf', 'FSGB2312.TTF', '仿宋_GB2312.ttf'];
    return dirs.flatMap((d) => names.map((n) => join(d, n))).filter((p) => existsSync(p));
  }
  const dirs = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.local', 'share', 'fonts'), join(homedir(), '.fonts')];
  return dirs.flatMap((d) => fontFilesUnder(d));
}

let systemFangSong: string | null | undefined;

/** The first system font file whose family is 仿宋, looked up once per process; null when there is none. */
export function findSystemFangSong(): string | null {
  if (systemFangSong !== undefined) return systemFangSong;
  systemFangSong = null;
  for (const file of systemFangSongCandidates()) {
    try {
      if (isFangSong(loadFont(file, isFangSong).font)) {
        systemFangSong = file;
        break;
      }
    } catch {
      // Unreadable or not a font we can parse: try the next.
    }
  }
  return systemFangSong;
}

// ---------------------------------------------------------------------------------------------------------------
// Faces → fonts

/** The fonts of one render: the shipped faces and the body face chosen for it. */
export interface DocumentFonts {
  readonly songRegular: LoadedFont;
  readonly songBold: LoadedFont;
  readonly heiRegular: LoadedFont;
  readonly heiBold: LoadedFont;
  readonly tibetanRegular: LoadedFont;
  readonly tibetanBold: LoadedFont;
  /** The system's 仿宋 when found (or given), else null: body text then uses songRegular. */
  readonly fangSong: LoadedFont | null;
}

/** The shipped faces, each parsed on first use only (a Song weight is 15 MB; most documents need three faces). */
class LazyFonts implements DocumentFonts {
  constructor(private readonly fangSongFile: string | null) {}
  get songRegular() {
    return shipped('songRegular');
  }
  get songBold() {
    return shipped('songBold');
  }
  get heiRegular() {
    return shipped('heiRegular');
  }
  get heiBold() {
    return shipped('heiBold');
  }
  get tibetanRegular() {
    return shipped('tibetanRegular');
  }
  get tibetanBold() {
    return shipped('tibetanBold');
  }
  get fangSong() {
    return this.fangSongFile ? loadFont(this.fangSongFile, isFangSong) : null;
  }
}

const resolved = new Map<ShippedFont, string>();
function shipped(key: ShippedFont): LoadedFont {
  let file = resolved.get(key);
  if (!file) resolved.set(key, (file = shippedFontPath(key)));
  return loadFont(file);
}

/**
 * `bodyFont`: undefined looks for the system's 仿宋; null always uses the shipped Song face (deterministic, for
 * tests and for files that must look the same on every PC); a path uses that font file for body text.
 */
export function documentFonts(bodyFont?: string | null): DocumentFonts {
  return new LazyFonts(bodyFont === undefined ? findSystemFangSong() : bodyFont);
}

/** A font to draw with, and whether bold must be synthesised (a system 仿宋 has no bold weight). */
export interface FaceFont {
  font: LoadedFont;
  fauxBold: boolean;
}

/**
 * GB/T 9704 faces by role: 标题 小标宋 → Noto Serif SC Bold; 正文 仿宋 → the system's 仿宋, else Noto Serif SC;
 * 黑体 → Noto Sans SC; 楷体 → Noto Serif SC (there is no open 楷体 with full coverage, so the 楷 role prints in the
 * Song face; the DOCX names 楷体_GB2312 for WPS/Word).
 */
export function faceFont(fonts: DocumentFonts, face: DocFace, bold: boolean): FaceFont {
  switch (face) {
    case 'title':
      return { font: fonts.songBold, fauxBold: false };
    case 'heading':
      return { font: bold ? fonts.heiBold : fonts.heiRegular, fauxBold: false };
    case 'kai':
      return { font: bold ? fonts.songBold : fonts.songRegular, fauxBold: false };
    case 'body':
      if (fonts.fangSong) return { font: fonts.fangSong, fauxBold: bold };
      return { font: bold ? fonts.songBold : fonts.songRegular, fauxBold: false };
  }
}

export const isTibetan = (codePoint: number): boolean => codePoint >= 0x0f00 && codePoint <= 0x0fff;

/**
 * The font that draws one character of a run: Tibetan script always from Noto Serif Tibetan; otherwise the face's
 * font, falling back to the shipped Song face for what it lacks (仿宋_GB2312 has no 喆, 堃, 珺…).
 */
export function fontForChar(fonts: DocumentFonts, primary: FaceFont, codePoint: number, bold: boolean): FaceFont {
  if (isTibetan(codePoint)) return { font: bold ? fonts.tibetanBold : fonts.tibetanRegular, fauxBold: false };
  if (primary.font.covers(codePoint)) return primary;
  const song = bold ? fonts.songBold : fonts.songRegular;
  if (song.covers(codePoint)) return { font: song, fauxBold: false };
  return primary;
}
