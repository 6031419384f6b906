// Crafted XLSX files for the roster's hostile-input tests: a workbook exceljs wrote, its first sheet's XML changed
// by hand, written back as a deflated zip.
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipEntries, zipEntryData } from '../../electron/core/intakes/xlsx-extent';

/** A zip of the given entries, in order, each deflated as Excel writes them. */
export function deflatedZip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const packed = deflateRawSync(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A one-sheet roster (姓名, 身份证号码 and the given rows) with its sheet XML passed through `edit`. */
export async function craftedRoster(rows: string[][], edit: (sheetXml: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['姓名', '身份证号码']);
  for (const r of rows) ws.addRow(r);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const entries = zipEntries(buf)!.map((e) => {
    const data = zipEntryData(buf, e, 64 * 1024 * 1024)!;
    return { name: e.name, data: e.name === 'xl/worksheets/sheet1.xml' ? Buffer.from(edit(data.toString('utf8')), 'utf8') : data };
  });
  return deflatedZip(entries);
}
