// 签收 for tests: the department's staff member takes a routed file from their inbox, as at the bureau — a file the
// desk routed waits for its department before any step (归口办理). No test-runner imports.
import type { InboxPage } from '../../shared/contract/routing';
import type { Core } from '../../electron/core/index';
import type { Client } from './client';
import { signInAs } from './accounts';

/** Takes the file from the inbox of `who`'s department (张伟: the inspection department of the test unit). */
export async function takeIn(core: Core, caseFileId: string, who = '张伟', password?: string): Promise<Client> {
  const c = await signInAs(core, who, password);
  for (let cursor: string | null = null; ; ) {
    const page: InboxPage = await c.call('routing.inbox', { departmentId: null, cursor });
    const item = page.items.find((i) => i.caseFileId === caseFileId);
    if (item) {
      await c.call('routing.accept', { routingId: item.id, rowVersion: item.rowVersion });
      return c;
    }
    if (!page.nextCursor) throw new Error(`${who}的收件箱中没有案卷 ${caseFileId}`);
    cursor = page.nextCursor;
  }
}
