// Each document kind's template: the bureau's edited copy when there is one (document_templates), else the
// built-in default (shared/domain/documents/templates.ts).
import { DEFAULT_TEMPLATES } from '../../../shared/domain/documents/templates';
import type { DocumentTemplate } from '../../../shared/domain/documents/template-engine';
import type { DocumentKind } from '../../../shared/domain/vocabulary';
import type { CoreServices } from '../context';

export function templateFor(core: CoreServices, kind: DocumentKind): DocumentTemplate {
  const row = core.prepare('SELECT data FROM document_templates WHERE kind = ?').get(kind) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as DocumentTemplate) : DEFAULT_TEMPLATES[kind];
}
