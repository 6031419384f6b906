// What the arbitration documents share: the case's placeholder values, the tribunal phrase, contact lines, the
// document number a policy gives, and the organ's signature block.
import type { DocumentKind } from '../vocabulary';
import { dateText, names, run } from './format';
import type { ArbitrationCase, DocRun, DocumentModel } from './model';
import { DocumentInputError, renderList, renderText, type DocumentTemplate, type NumberingPolicy } from './template-engine';
import { TEMPLATE_SPECS } from './templates';

/**
 * The arbitration committee a bureau's institute signs for (调解仲裁法 Art. 19; the papers say 本委): the bureau's
 * place with 劳动人事争议仲裁委员会 — 日喀则市人力资源和社会保障局 → 日喀则市劳动人事争议仲裁委员会. A unit whose name
 * does not end in the bureau's keeps its own name (it is then the committee's name already).
 */
export function committeeName(unitName: string): string {
  const m = /^(.+?)(人力资源和社会保障局|人力资源社会保障局|人社局)$/u.exec(unitName.trim());
  return m ? `${m[1]}劳动人事争议仲裁委员会` : unitName.trim();
}

/** The placeholder values every arbitration piece may use (CASE_VALUES and TRIBUNAL_VALUES in templates.ts). */
export function caseValues(c: ArbitrationCase): Record<string, string> {
  return {
    committee: c.committee.name,
    caseNumber: c.caseNumber,
    cause: c.cause,
    applicants: names(c.applicants.map((a) => a.name)),
    respondents: names(c.respondents.map((r) => r.name)),
    applicationDate: dateText(c.applicationDate),
    acceptedDate: dateText(c.acceptedDate),
    chief: c.tribunal.chief,
    members: names(c.tribunal.members),
    clerk: c.tribunal.clerk,
    committeeAddress: c.committee.address ?? '',
    committeePhone: c.committee.phone ?? '',
  };
}

/** 调解仲裁法 Art. 31: three arbitrators with a chief, or a sole arbitrator in a simple case. */
export function tribunalText(kind: DocumentKind, template: DocumentTemplate, c: ArbitrationCase): string {
  const spec = TEMPLATE_SPECS[kind];
  return renderText(spec, template, c.tribunal.members.length > 0 ? 'tribunalPanel' : 'tribunalSole', caseValues(c));
}

/** The signers of an award: 首席仲裁员 and 仲裁员 (or the sole 仲裁员) above the date, 书记员 under it (by custom). */
export function tribunalSigners(c: ArbitrationCase): { label: string; name: string; afterDate?: boolean }[] {
  return [
    { label: c.tribunal.members.length > 0 ? '首席仲裁员' : '仲裁员', name: c.tribunal.chief },
    ...c.tribunal.members.map((m) => ({ label: '仲裁员', name: m })),
    { label: '书记员', name: c.tribunal.clerk, afterDate: true },
  ];
}

export function contactNotes(kind: DocumentKind, template: DocumentTemplate, c: ArbitrationCase): DocRun[][] {
  return renderList(TEMPLATE_SPECS[kind], template, 'contact', caseValues(c)).map((line) => [run(line)]);
}

/**
 * The number a policy gives a document: the case's 案号, the intake's 登记号, or none. A series number is issued
 * by the core inside its write transaction (never reused), so the builder leaves it null for the core to set.
 */
export function numberFor(policy: NumberingPolicy, source: { caseNumber?: string; regNo?: string }): string | null {
  switch (policy.mode) {
    case 'caseNumber':
      return source.caseNumber ?? null;
    case 'intakeRegNo':
      return source.regNo ?? null;
    case 'series':
    case 'none':
      return null;
  }
}

/** The applicant or respondent at `index`, or a Chinese error naming what is missing. */
export function pick<T>(list: readonly T[], index: number, what: string): T {
  const item = list[index];
  if (!Number.isInteger(index) || index < 0 || item === undefined) {
    throw new DocumentInputError(`本案没有第${index + 1}名${what}（共${list.length}名）`);
  }
  return item;
}

/** The organ's sealed signature block dated in Arabic numerals (GB/T 9704-2012 §7.3.5.1). */
export function organSignature(c: ArbitrationCase, date: string | null): DocumentModel['signature'] {
  return { lines: [], organ: c.committee.name, date, dateStyle: 'arabic', sealed: true };
}
