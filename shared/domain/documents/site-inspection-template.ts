// The 现场检查笔录's template and what each piece may contain (kept apart from templates.ts, which lists it in its
// tables). Generic layout of a 现场检查（勘验）笔录 in the 行政处罚 sets (DOMAIN.md §2.2): time from–to, place, the unit
// inspected and who was present for it, the inspectors with their 执法证 numbers, the record of what was found, the
// photos taken, and the signatures. The wording is our own.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true): PieceSpec => ({ label, required, placeholders });

export const siteInspectionRecordSpec: TemplateSpec = {
  kind: 'siteInspectionRecord',
  texts: {
    title: piece('标题'),
    credentials: piece('出示证件、告知事项', ['inspectors', 'organ', 'employer']),
    photosIntro: piece('现场照片（引言）', ['photoCount']),
    closing: piece('结尾核对声明（在场人员确认）'),
    pageFoot: piece('每页页脚（在场人员签名）'),
    correctionsIntro: piece('更正（引言）', [], false),
  },
  lists: {},
};

export const siteInspectionRecordTemplate: DocumentTemplate = {
  kind: 'siteInspectionRecord',
  name: '内置模板',
  numbering: { mode: 'none' },
  audience: ['internal'],
  texts: {
    title: '现场检查笔录',
    credentials: '{organ}劳动保障监察员{inspectors}依法对{employer}进行现场检查，检查前已向在场人员出示执法证件，告知其应当如实提供情况、配合检查，认为检查人员与本案有直接利害关系的可以申请回避。',
    photosIntro: '检查中拍摄现场照片{photoCount}张，附后，编号及说明如下：',
    closing: '以上笔录已向在场人员宣读（或者由其阅看），记录的情况属实。',
    pageFoot: '在场人员（签名）：',
    correctionsIntro: '定稿后的更正：',
  },
  lists: {},
};
