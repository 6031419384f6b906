// What the papers of mediation, referral, blacklisting and enforcement share: the case as the file holds it (the
// organ, the inspection's 立案 number and facts, the employer), the values every piece may print, and the frame of an
// official paper numbered by its template's policy.
import { dateText, para } from './format';
import type { DecidedParty, DocBlock, DocumentModel } from './model';
import { renderList, renderText, type DocumentTemplate, type TemplateSpec } from './template-engine';

export interface ProceedingPaperCase {
  organ: string;
  /** The inspection's 立案 number, where the file has one. */
  caseNumber: string | null;
  caseTitle: string;
  employer: DecidedParty;
  /** The facts the inspection found (调查终结) or, before that, the order's; '' when none are recorded. */
  facts: string;
  /** The day the paper is made. */
  issuedOn: string;
}

/** Text without its closing punctuation, so a template can end it. */
export const bareText = (text: string) => text.trim().replace(/[。；;，,\s]+$/u, '');

export function caseValues(c: ProceedingPaperCase): Record<string, string> {
  return {
    organ: c.organ,
    employer: c.employer.name,
    caseTitle: c.caseTitle,
    caseNumber: c.caseNumber ?? '',
    caseRef: c.caseNumber ? `（${c.caseNumber}）` : '',
    facts: c.facts.trim() ? bareText(c.facts) + '。' : '',
    creditCode: c.employer.creditCode ?? '',
    address: c.employer.address ?? '',
    legalRepName: c.employer.legalRep?.name ?? '',
    legalRepTitle: c.employer.legalRep?.title ? `（${c.employer.legalRep.title}）` : '',
  };
}

export const texts = (spec: TemplateSpec, template: DocumentTemplate, values: Record<string, string>) => (name: string) => renderText(spec, template, name, values);

/** The party's name line and its identity lines (an empty one is left out). */
export function partyBlocks(spec: TemplateSpec, template: DocumentTemplate, values: Record<string, string>, label = 'partyLabel'): DocBlock[] {
  return [para(renderText(spec, template, label, values), { indent: false }), ...renderList(spec, template, 'party', values).map((line) => para(line, { indent: false }))];
}

export function officialPaper(
  kind: DocumentModel['kind'],
  c: ProceedingPaperCase,
  template: DocumentTemplate,
  parts: { title: string; date: string; addressee: string | null; body: DocBlock[]; lines?: { label: string; name: string }[] },
): DocumentModel {
  return {
    kind,
    organ: c.organ,
    title: parts.title,
    // A series number is given when issued; a case-number policy prints the inspection's 立案 number.
    number: template.numbering.mode === 'caseNumber' ? c.caseNumber : null,
    addressee: parts.addressee,
    body: parts.body,
    signature: { lines: parts.lines ?? [], organ: c.organ, date: parts.date, dateStyle: 'arabic', sealed: true },
    notes: [],
    layout: 'official',
  };
}

export { dateText };
