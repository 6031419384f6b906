// @vitest-environment jsdom
// The case page's two panels over a fake core: the workers' table shows each amount as ¥ with thousands separators,
// paid as 0 labelled 尚无支付记录, the total leaving out (and naming) a worker whose amount is unknown; the evidence
// list groups items by submitter in the file's order, the bureau's last, and shows a withdrawn item with its reason
// and without a 撤回 button; those who may not add see no 添加证据.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseEvidence, CaseWorkers, EvidenceItem } from '../../shared/contract/evidence';
import { EvidencePanel } from '../../renderer/src/features/evidence/EvidencePanel';
import { WorkersOwedPanel } from '../../renderer/src/features/evidence/WorkersOwedPanel';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const staff = { id: 'st-1', name: '张伟' };
const worker = (personId: string, name: string, owedFen: number | null): CaseWorkers['workers'][number] => ({
  personId,
  name,
  isRepresentative: false,
  intakes: ['2026-0015'],
  claimedFen: owedFen,
  owedFen,
  paidFen: 0,
  outstandingFen: owedFen,
  overpaidFen: 0,
  noPayments: true,
  corrections: [],
});

describe('劳动者欠薪情况', () => {
  it('shows every amount as ¥ with separators, paid 0 labelled, and a total that names the unknown', async () => {
    const data: CaseWorkers = {
      caseFileId: 'cf-1',
      mayCorrect: false,
      workers: [worker('p1', '扎西', 1_280_000), worker('p2', '次仁多吉', 123_456_789), worker('p3', '尼玛', null)],
      totals: { owedFen: 124_736_789, paidFen: 0, outstandingFen: 124_736_789, unknownCount: 1 },
      unnamedCount: 0,
      hiddenReporters: false,
    };
    renderWithApi(<WorkersOwedPanel caseFileId="cf-1" />, fakeApi({ 'caseWorkers.get': () => data }));
    const rows = await screen.findAllByTestId('worker-row');
    expect(rows[1].textContent).toContain('¥1,234,567.89');
    expect(rows[2].textContent).toContain('未申报');
    expect(rows[0].textContent).toContain('¥0.00（尚无支付记录）');
    const total = screen.getByTestId('workers-total').textContent;
    expect(total).toContain('合计 3 人（1 人未申报金额，不计入）');
    expect(total).toContain('¥1,247,367.89');
    expect(screen.getByTestId('workers-note').textContent).toContain('尚无支付记录');
    expect(screen.queryByRole('button', { name: '更正金额' })).toBeNull();
  });
});

const item = (seq: number, over: Partial<EvidenceItem>): EvidenceItem => ({
  id: `ev${seq}`,
  caseFileId: 'cf-1',
  seq,
  proceedingId: null,
  title: `证据${seq}`,
  kind: 'documentary',
  submitter: 'bureau',
  submitterId: null,
  submitterName: null,
  purpose: '证明欠薪事实',
  form: 'original',
  source: null,
  pages: 1,
  receivedDate: '2026-11-25',
  fileName: `${seq}.pdf`,
  mime: 'application/pdf',
  bytes: 2048,
  addedBy: staff,
  addedAt: 1_795_579_800_000,
  status: 'current',
  withdrawnReason: null,
  withdrawnBy: null,
  withdrawnAt: null,
  ...over,
});

describe('证据材料', () => {
  it('groups by submitter in the file’s order, the bureau last, and keeps a withdrawn item with its reason', async () => {
    const data: CaseEvidence = {
      caseFileId: 'cf-1',
      mayAdd: true,
      mayView: true,
      items: [
        item(1, {}),
        item(2, { submitter: 'party', submitterId: 'pa1', submitterName: '华建公司' }),
        item(3, { submitter: 'worker', submitterId: 'p1', submitterName: '扎西', status: 'withdrawn', withdrawnReason: '误传了其他案件的材料', withdrawnBy: staff, withdrawnAt: 1_795_580_000_000 }),
      ],
      submitters: [
        { submitter: 'worker', id: 'p1', name: '扎西' },
        { submitter: 'party', id: 'pa1', name: '华建公司' },
      ],
      proceedings: [],
    };
    renderWithApi(<EvidencePanel caseFileId="cf-1" />, fakeApi({ 'evidence.list': () => data }));
    await waitFor(() => expect(screen.getAllByTestId('evidence-row')).toHaveLength(3));
    expect(screen.getAllByTestId('evidence-group').map((g) => g.textContent)).toEqual(['扎西（投诉人）提交在卷 0 件，已撤回 1 件', '华建公司（被投诉方）提交1 件', '本局调查收集1 件']);
    const [withdrawn, party] = screen.getAllByTestId('evidence-row');
    expect(within(withdrawn).getByTestId('evidence-withdrawn').textContent).toContain('已撤回：误传了其他案件的材料');
    expect(within(withdrawn).queryByRole('button', { name: '撤回' })).toBeNull();
    expect(within(party).getByRole('button', { name: '撤回' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '证据材料（在卷 2 件）' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加证据' })).toBeTruthy();
  });

  it('offers neither adding nor opening to someone who may only read the file', async () => {
    const data: CaseEvidence = { caseFileId: 'cf-1', mayAdd: false, mayView: false, items: [item(1, {})], submitters: [], proceedings: [] };
    renderWithApi(<EvidencePanel caseFileId="cf-1" />, fakeApi({ 'evidence.list': () => data }));
    await waitFor(() => expect(screen.getAllByTestId('evidence-row')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: '添加证据' })).toBeNull();
    expect(screen.queryByRole('button', { name: /打开 PDF|查看|导出证据目录/ })).toBeNull();
  });
});
