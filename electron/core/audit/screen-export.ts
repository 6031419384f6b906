// "导出为 PDF" of the desktop window: what was on screen, by whom, into which file — recorded like printing a
// document (documents.service.ts records each print), because a screen can show a revealed ID number or a list of
// workers as well as a document can.
import type { z } from 'zod';
import type { screenExportInput } from '../../../shared/contract/audit';
import type { CallContext } from '../kernel/context';
import { tx, writeContext } from '../kernel/tx';

export function recordScreenExport(call: CallContext, input: z.output<typeof screenExportInput>): void {
  tx(writeContext(call), (w) => {
    w.audit({ action: 'screenExport', entity: 'screen', entityId: input.route, change: { route: input.route, title: input.title, fileName: input.fileName } });
  });
}
