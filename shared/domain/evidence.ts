// The words of a case file's evidence (证据) and of the workers' amounts, kept apart from vocabulary.ts so each
// feature's list stays beside its rules. Same shape as vocabulary.ts: one code name, one Chinese label.

function vocab<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { values, labels, label: (v: keyof T & string): string => labels[v] ?? String(v) };
}

/**
 * The statutory kinds of evidence: 民事诉讼法 Art. 66 (当事人的陈述、书证、物证、视听资料、电子数据、证人证言、鉴定意见、
 * 勘验笔录) — which labour arbitration follows — and 行政诉讼法 Art. 33, which a labour-inspection decision must
 * stand on and which adds 现场笔录 (the inspector's record made on the spot).
 */
export const EVIDENCE_KIND = vocab({
  documentary: '书证',
  physical: '物证',
  audioVisual: '视听资料',
  electronic: '电子数据',
  witness: '证人证言',
  partyStatement: '当事人陈述',
  expertOpinion: '鉴定意见',
  inspectionRecord: '勘验笔录',
  siteRecord: '现场笔录',
});
export type EvidenceKind = (typeof EVIDENCE_KIND.values)[number];

/** Who put the item in the file: a worker who complained, a party complained about, or the bureau's own inquiry. */
export const EVIDENCE_SUBMITTER = vocab({ worker: '投诉人（劳动者）', party: '被投诉方', bureau: '本局调查收集' });
export type EvidenceSubmitter = (typeof EVIDENCE_SUBMITTER.values)[number];

/**
 * Whether the original was seen. A copy must be checked against its original where one exists (最高人民法院关于民事诉讼
 * 证据的若干规定 Art. 11 and 行政诉讼证据若干规定 Art. 10: 提供原件或者与原件核对无误的复印件).
 */
export const EVIDENCE_FORM = vocab({ original: '原件', checkedCopy: '复印件（已与原件核对）', copy: '复印件（未见原件）' });
export type EvidenceForm = (typeof EVIDENCE_FORM.values)[number];

export const EVIDENCE_STATUS = vocab({ current: '在卷', withdrawn: '已撤回' });
export type EvidenceStatus = (typeof EVIDENCE_STATUS.values)[number];

/** The file types an evidence item is kept as: photos and scans, and PDF. */
export const EVIDENCE_MIME = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type EvidenceMime = (typeof EVIDENCE_MIME)[number];

/** A scanned bundle of a hundred pages at 200 dpi fits; the loopback bridge carries at most 16 MB of base64. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Who an item's group is: 'bureau', or 'worker:<id>' / 'party:<id>'. */
export const submitterKey = (i: { submitter: EvidenceSubmitter; submitterId: string | null }): string => (i.submitter === 'bureau' ? 'bureau' : `${i.submitter}:${i.submitterId}`);

/**
 * The evidence list's order (证据目录 per submitter): each worker's items, then each party's, in the order the file
 * names them, the bureau's own last; within a group by number. The screen and the exported list both use it.
 */
export function catalogueOrder<T extends { seq: number; submitter: EvidenceSubmitter; submitterId: string | null }>(items: readonly T[], submitters: readonly { submitter: string; id: string }[]): T[] {
  const order = [...submitters.map((s) => `${s.submitter}:${s.id}`), 'bureau'];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...items].sort((a, b) => rank(submitterKey(a)) - rank(submitterKey(b)) || a.seq - b.seq);
}
