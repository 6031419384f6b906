// What the bureau did against the employer in one file, line by line: each 限期支付指令书 (its date, deadline, whether
// served and paid), each decision and fine, each 移送公安 and where it stands, each listing on the 失信联合惩戒名单 and
// its removal — in red what is still unmet, so the repeat offender's record reads at a glance.
import { Box } from '@mui/material';
import type { EmployerEnforcement } from '../../../../shared/contract/employers';
import { formatYuan } from '../../../../shared/domain/money';

const PAID = { paid: '已支付', partial: '部分支付', unpaid: '未支付' } as const;

function Line({ children, alert = false, testId }: { children: React.ReactNode; alert?: boolean; testId: string }) {
  return (
    <Box component="li" data-testid={testId} sx={{ fontSize: 13, color: alert ? 'error.main' : 'text.primary' }}>
      {children}
    </Box>
  );
}

/** Whether anything was ordered, decided, referred or listed in the file. */
export const hasEnforcement = (f: { enforcement: EmployerEnforcement }) => {
  const e = f.enforcement;
  return e.orders.length + e.decisions.length + e.referrals.length + e.listings.length > 0;
};

export function EnforcementCell({ e }: { e: EmployerEnforcement }) {
  return (
    <Box component="ul" aria-label="指令、决定、移送和失信名单" sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5 }}>
      {e.orders.map((o, i) => (
        <Line key={`o${i}`} testId="enforcement-order" alert={o.paid !== 'paid'}>
          指令书 {o.issuedOn}，限{o.deadline}前支付{formatYuan(o.amountFen)}；{o.servedOn ? `${o.servedOn}送达` : '未送达'}；{PAID[o.paid]}
        </Line>
      ))}
      {e.decisions.map((d, i) => (
        <Line key={`d${i}`} testId="enforcement-decision">
          {d.kind === 'handling' ? `处理决定 ${d.date}，责令支付${formatYuan(d.amountFen)}` : `处罚决定 ${d.date}，罚款${formatYuan(d.amountFen)}`}
        </Line>
      ))}
      {e.referrals.map((r) => (
        <Line key={r.proceedingId} testId="enforcement-referral" alert>
          移送公安：{r.status}{r.transferredOn ? `（${r.transferredOn}移送）` : ''}
        </Line>
      ))}
      {e.listings.map((l) => (
        <Line key={l.proceedingId} testId="enforcement-listing" alert={l.listedOn !== null && l.removedOn === null}>
          失信名单：{l.listedOn ? `${l.listedOn}列入` : l.status}{l.removedOn ? `，${l.removedOn}移出` : l.until ? `，至${l.until}` : ''}
        </Line>
      ))}
    </Box>
  );
}
