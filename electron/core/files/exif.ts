// The few EXIF facts a site photo's viewer shows, read from the TIFF structure a camera or phone writes (CIPA DC-008
// "Exif 2.32"): the orientation (IFD0 0x0112), the time the picture was taken (Exif IFD 0x9003 DateTimeOriginal, with
// 0x9011 OffsetTimeOriginal when present) and the GPS position (GPS IFD 0x0001–0x0004). Everything else is ignored; a
// damaged or absent block yields nothing rather than an error — EXIF is a camera's claim, shown read-only, never evidence
// the app relies on.

export interface ExifFacts {
  /** 1–8 (Exif 2.32 §4.6.4 A, Orientation); 1 when absent or out of range. */
  orientation: number;
  /** 'YYYY-MM-DD HH:MM:SS' on the camera's clock. */
  takenAt: string | null;
  /** '+08:00' when the camera wrote its offset from UTC. */
  takenOffset: string | null;
  gps: { lat: number; lon: number } | null;
}

const NONE: ExifFacts = { orientation: 1, takenAt: null, takenOffset: null, gps: null };

/** Type sizes of TIFF field types 1–12 (TIFF 6.0 §2). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];

interface Field {
  type: number;
  count: number;
  /** Where the value is: in the entry when it fits in 4 bytes, else at the offset the entry gives. */
  at: number;
}

class Tiff {
  constructor(
    private readonly b: Buffer,
    private readonly little: boolean,
  ) {}
  u16 = (at: number) => (this.little ? this.b.readUInt16LE(at) : this.b.readUInt16BE(at));
  u32 = (at: number) => (this.little ? this.b.readUInt32LE(at) : this.b.readUInt32BE(at));

  /** The entries of the IFD at `offset`, by tag; empty when the IFD lies outside the block. */
  ifd(offset: number): Map<number, Field> {
    const out = new Map<number, Field>();
    if (offset < 8 || offset + 2 > this.b.length) return out;
    const n = this.u16(offset);
    for (let i = 0; i < n; i++) {
      const e = offset + 2 + i * 12;
      if (e + 12 > this.b.length) break;
      const type = this.u16(e + 2);
      const count = this.u32(e + 4);
      const size = (TYPE_SIZE[type] ?? 0) * count;
      if (size === 0) continue;
      const at = size <= 4 ? e + 8 : this.u32(e + 8);
      if (at + size > this.b.length) continue;
      out.set(this.u16(e), { type, count, at });
    }
    return out;
  }

  short(f: Field | undefined): number | null {
    return f && f.type === 3 ? this.u16(f.at) : f && f.type === 4 ? this.u32(f.at) : null;
  }

  ascii(f: Field | undefined): string | null {
    if (!f || f.type !== 2) return null;
    const s = this.b.toString('latin1', f.at, f.at + f.count).replace(/\0.*$/s, '').trim();
    return s || null;
  }

  /** Three RATIONALs (degrees, minutes, seconds) as decimal degrees. */
  degrees(f: Field | undefined): number | null {
    if (!f || f.type !== 5 || f.count < 3) return null;
    const part = (k: number) => {
      const den = this.u32(f.at + k * 8 + 4);
      return den === 0 ? NaN : this.u32(f.at + k * 8) / den;
    };
    const v = part(0) + part(1) / 60 + part(2) / 3600;
    return Number.isFinite(v) ? v : null;
  }
}

/** '2026:03:14 09:26:53' → '2026-03-14 09:26:53'; anything else (blank '    :  :  ', a bad date) → null. */
function exifTime(s: string | null): string | null {
  const m = s && /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, se] = m.map(Number) as number[];
  if (y! < 1990 || mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || se! > 60) return null;
  return `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`;
}

/**
 * Reads the facts from an EXIF block: a TIFF structure, with or without the 'Exif\0\0' header of a JPEG APP1 segment
 * (what sharp's metadata().exif returns for JPEG, PNG eXIf and WebP alike).
 */
export function readExif(block: Buffer | undefined | null): ExifFacts {
  if (!block || block.length < 8) return NONE;
  const b = block.toString('latin1', 0, 6) === 'Exif\0\0' ? block.subarray(6) : block;
  if (b.length < 8) return NONE;
  const order = b.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return NONE;
  const t = new Tiff(b, order === 'II');
  if (t.u16(2) !== 42) return NONE;
  const ifd0 = t.ifd(t.u32(4));
  const o = t.short(ifd0.get(0x0112));
  const exifPtr = t.short(ifd0.get(0x8769));
  const gpsPtr = t.short(ifd0.get(0x8825));
  const exif = exifPtr ? t.ifd(exifPtr) : new Map<number, Field>();
  const offset = t.ascii(exif.get(0x9011));
  let gps: ExifFacts['gps'] = null;
  if (gpsPtr) {
    const g = t.ifd(gpsPtr);
    const lat = t.degrees(g.get(0x0002));
    const lon = t.degrees(g.get(0x0004));
    const latRef = t.ascii(g.get(0x0001));
    const lonRef = t.ascii(g.get(0x0003));
    if (lat !== null && lon !== null && lat <= 90 && lon <= 180 && !(lat === 0 && lon === 0)) {
      gps = { lat: latRef === 'S' ? -lat : lat, lon: lonRef === 'W' ? -lon : lon };
    }
  }
  return {
    orientation: o !== null && o >= 1 && o <= 8 ? o : 1,
    // Only DateTimeOriginal: IFD0's DateTime is when the file was last changed (an editor's save), not when it was taken.
    takenAt: exifTime(t.ascii(exif.get(0x9003))),
    takenOffset: offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : null,
    gps,
  };
}
