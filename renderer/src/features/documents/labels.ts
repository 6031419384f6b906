// How a document is named on screen, and the fonts its PDF used, in words a clerk knows.
import type { DocumentRecord } from '../../../../shared/contract/documents';

/** 投诉登记表（2026-0015） */
export const documentLabel = (doc: Pick<DocumentRecord, 'title' | 'number'>): string => (doc.number ? `${doc.title}（${doc.number}）` : doc.title);

/** The shipped and system faces by their Chinese names (the PDF writer reports family names). */
const FONT_NAMES: Record<string, string> = {
  'Noto Serif SC': '思源宋体',
  'Noto Sans SC': '思源黑体',
  'Noto Serif Tibetan': '藏文字体（Noto Serif Tibetan）',
  FangSong: '仿宋',
  FangSong_GB2312: '仿宋_GB2312',
  SimSun: '宋体',
  SimHei: '黑体',
  KaiTi: '楷体',
};

export const fontNames = (families: readonly string[]): string => families.map((f) => FONT_NAMES[f] ?? f).join('、') || '—';
