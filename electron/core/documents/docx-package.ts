// The package-level parts of a DOCX that the docx library writes in a way we cannot use as is: the core properties
// (it stamps "now" into them), the font table (it lists only embedded fonts) and the zip entries' times (fflate
// stamps "now" into each). Replacing them makes a render a pure function of the model and its options.

/** The fonts a document names, with what Word and WPS need to substitute them well where they are missing. */
interface FontEntry {
  /** ECMA-376 §17.8.3.1: tried, in order, when the font itself is not installed. */
  altName?: string;
  /** Windows character set, hex: 86 is GB2312 (134), 00 ANSI. */
  charset: string;
  family: 'roman' | 'modern' | 'swiss' | 'auto';
  pitch: 'fixed' | 'variable';
}

/**
 * Font-table entries by name. The _GB2312 faces are the ones the bureau's templates name (WPS and domestic systems
 * have them); Windows since Vista has 仿宋 and 楷体 instead, so those are their alternates.
 */
const FONT_ENTRIES: Record<string, FontEntry> = {
  方正小标宋简体: { altName: '宋体', charset: '86', family: 'auto', pitch: 'variable' },
  仿宋_GB2312: { altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { charset: '00', family: 'roman', pitch: 'variable' },
  'Microsoft Himalaya': { charset: '00', family: 'auto', pitch: 'variable' },
};

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** word/fontTable.xml naming every font the document uses. */
export function fontTableXml(fonts: readonly string[]): string {
  const entries = fonts.map((name) => {
    const entry = FONT_ENTRIES[name] ?? { charset: '00', family: 'auto', pitch: 'variable' };
    const alt = entry.altName ? `<w:altName w:val="${escapeXml(entry.altName)}"/>` : '';
    return (
      `<w:font w:name="${escapeXml(name)}">${alt}<w:charset w:val="${entry.charset}"/>` +
      `<w:family w:val="${entry.family}"/><w:pitch w:val="${entry.pitch}"/></w:font>`
    );
  });
  return `${XML_DECL}<w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}

/** W3CDTF to the second, as Word writes it. */
const w3cdtf = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** docProps/core.xml with fixed times: the same model and options give the same bytes. */
export function corePropertiesXml(props: { title: string; creator: string; createdAt: number; modifiedAt: number }): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(props.title)}</dc:title><dc:creator>${escapeXml(props.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(props.creator)}</cp:lastModifiedBy><dc:language>zh-CN</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(props.createdAt)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(props.modifiedAt)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** An instant as the MS-DOS time and date a zip entry carries (UTC fields; 1980 is the format's first year). */
function dosDateTime(ms: number): { time: number; date: number } {
  const d = new Date(Math.max(ms, Date.UTC(1980, 0, 1)));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Sets every entry's modification time, in the central directory and in each local header, to one instant, in
 * place. fflate writes a plain zip (no ZIP64, no extended-timestamp fields, no archive comment), so the end
 * record is the last 22 bytes; anything else is refused rather than half-patched.
 */
export function stampZipEntries(zip: Buffer, ms: number): Buffer {
  const { time, date } = dosDateTime(ms);
  const eocd = zip.length - 22;
  if (eocd < 0 || zip.readUInt32LE(eocd) !== EOCD_SIGNATURE) throw new Error('DOCX 压缩包结构异常：找不到目录结尾');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error('DOCX 压缩包结构异常：目录项损坏');
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(date, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new Error('DOCX 压缩包结构异常：文件头损坏');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
