// Confirms anonymising the chosen files past their retention period: what is cleared, what is kept, and the reason
// the act needs (it goes on the audit trail with the counts, never with the data cleared).
import { Alert, Stack, Typography } from '@mui/material';
import type { RetentionAnonymiseResult, RetentionRef } from '../../../../shared/contract/retention';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useAnonymise } from './queries';

export function AnonymiseDialog({ items, onClose, onDone }: { items: RetentionRef[]; onClose: () => void; onDone: (r: RetentionAnonymiseResult) => void }) {
  const anonymising = useAnonymise({ fields: ['reason'] });
  return (
    <ReasonDialog
      title={`匿名化 ${items.length} 件保管期限届满的案卷`}
      explain={
        <Stack spacing={2}>
          <Typography variant="body2">
            将清除其中的个人信息：姓名改为“已匿名化”，证件号码、电话、住址、出生日期、籍贯、备注和登记摘要等文字一并清除，证件照片撤回不再显示，检索不再能按姓名或号码找到。
          </Typography>
          <Typography variant="body2">
            保留统计所需的内容：日期、金额、人数、类别、处理结果、案号和登记号，以及被投诉单位（单位不是个人信息）。案卷和登记不会删除。
          </Typography>
          <Alert severity="warning">
            匿名化不能撤销。仍出现在未办结或未满保管期限的其他案卷中的人员不作处理。已制作的文书和审计记录不在本次处理范围内。
          </Alert>
        </Stack>
      }
      reason={{ label: '匿名化理由', example: '保管期限届满，经局务会研究同意', hint: '至少4个字；记入审计日志' }}
      confirm={{ label: '确认匿名化', busyLabel: '正在匿名化…', color: 'warning' }}
      mutation={anonymising}
      input={(reason) => ({ items, reason })}
      onDone={onDone}
      onClose={onClose}
    />
  );
}
