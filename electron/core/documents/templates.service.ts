// Each document kind's template: the bureau's edited copy when there is one (document_templates), else the
// built-in default (shared/domain/documents/templates.ts). An edit is checked piece by piece (no unknown
// placeholder, required pieces present, a valid numbering policy, the audience unchanged) before it is kept;
// documents already issued keep the text they were made with (each version stores its model).
import type { z } from 'zod';
import type { documentTemplateResetInput, documentTemplateSaveInput, DocumentTemplateView } from '../../../shared/contract/documents';
import { checkDocumentTemplate, DEFAULT_TEMPLATES, NUMBERING_MODES, TEMPLATE_SPECS } from '../../../shared/domain/documents/templates';
import type { DocumentTemplate } from '../../../shared/domain/documents/template-engine';
import { DOCUMENT_KIND, type DocumentKind } from '../../../shared/domain/vocabulary';
import type { CallContext, CoreServices } from '../kernel/context';
import { conflict, invalid, ServiceError } from '../kernel/errors';
import { tx, writeContext } from '../kernel/tx';

interface Row {
  kind: DocumentKind;
  data: string;
  row_version: number;
  updated_at: number;
  updated_by_name: string | null;
}

function rowOf(core: CoreServices, kind: DocumentKind): Row | null {
  return (
    (core
      .prepare('SELECT t.kind, t.data, t.row_version, t.updated_at, s.name AS updated_by_name FROM document_templates t LEFT JOIN staff s ON s.id = t.updated_by WHERE t.kind = ?')
      .get(kind) as Row | undefined) ?? null
  );
}

export function templateFor(core: CoreServices, kind: DocumentKind): DocumentTemplate {
  const row = rowOf(core, kind);
  return row ? (JSON.parse(row.data) as DocumentTemplate) : DEFAULT_TEMPLATES[kind];
}

function view(core: CoreServices, kind: DocumentKind): DocumentTemplateView {
  const row = rowOf(core, kind);
  const t = row ? (JSON.parse(row.data) as DocumentTemplate) : DEFAULT_TEMPLATES[kind];
  const spec = TEMPLATE_SPECS[kind];
  const pieces = (specs: typeof spec.texts) =>
    Object.entries(specs).map(([name, p]) => ({ name, label: p.label, required: p.required, placeholders: [...p.placeholders], note: p.note ?? null }));
  return {
    kind,
    name: t.name,
    builtIn: row === null,
    numbering: t.numbering,
    numberingModes: [...NUMBERING_MODES[kind]],
    audience: [...t.audience],
    texts: { ...t.texts },
    lists: Object.fromEntries(Object.entries(t.lists).map(([k, v]) => [k, [...v]])),
    textSpecs: pieces(spec.texts),
    listSpecs: pieces(spec.lists),
    rowVersion: row?.row_version ?? null,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by_name ?? null,
  };
}

export function listTemplates(core: CoreServices): DocumentTemplateView[] {
  return DOCUMENT_KIND.values.map((kind) => view(core, kind));
}

export function saveTemplate(call: CallContext, input: z.output<typeof documentTemplateSaveInput>): DocumentTemplateView {
  const core = call.core;
  const template: DocumentTemplate = {
    kind: input.kind,
    name: input.name,
    numbering: input.numbering,
    audience: DEFAULT_TEMPLATES[input.kind].audience,
    texts: input.texts,
    lists: input.lists,
  };
  const problems = checkDocumentTemplate(template);
  if (problems.length > 0) throw invalid(Object.fromEntries(problems.map((p) => [p.piece, `${p.label}：${p.message}`])));
  tx(writeContext(call), (w) => {
    const row = rowOf(core, input.kind);
    if ((row?.row_version ?? null) !== input.rowVersion) throw conflict('该文书模板');
    const before = row ? (JSON.parse(row.data) as DocumentTemplate) : DEFAULT_TEMPLATES[input.kind];
    if (row) {
      w.prepare('UPDATE document_templates SET data = ?, updated_by = ?, updated_at = ?, row_version = row_version + 1 WHERE kind = ? AND row_version = ?').run(
        JSON.stringify(template),
        w.actorStaffId,
        w.now,
        input.kind,
        input.rowVersion,
      );
    } else {
      w.prepare('INSERT INTO document_templates (kind, data, updated_by, updated_at) VALUES (?, ?, ?, ?)').run(input.kind, JSON.stringify(template), w.actorStaffId, w.now);
    }
    w.audit({ action: 'update', entity: 'documentTemplate', entityId: input.kind, change: { before, after: template } });
  });
  return view(core, input.kind);
}

/** Back to the built-in template (the edited copy stays on the audit trail). */
export function resetTemplate(call: CallContext, input: z.output<typeof documentTemplateResetInput>): DocumentTemplateView {
  const core = call.core;
  tx(writeContext(call), (w) => {
    const row = rowOf(core, input.kind);
    if (!row) throw new ServiceError('CONFLICT', '该文书已在使用内置模板');
    if (row.row_version !== input.rowVersion) throw conflict('该文书模板');
    w.prepare('DELETE FROM document_templates WHERE kind = ?').run(input.kind);
    w.audit({ action: 'reset', entity: 'documentTemplate', entityId: input.kind, change: { before: JSON.parse(row.data) } });
  });
  return view(core, input.kind);
}
