// Confirms anonymising the chosen files past their retention period: what is cleared, what is kept, and the reason
// the act needs (it goes on the audit trail with the counts, never with the data cleared).
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { RetentionAnonymiseResult, RetentionRef } from '../../../../shared/contract/retention';
import { ReasonField } from '../../components/ReasonField';
import { useSubmit } from '../../components/useSubmit';
import { call } from '../../platform/api';

export function AnonymiseDialog({ items, onClose, onDone }: { items: RetentionRef[]; onClose: () => void; onDone: (r: RetentionAnonymiseResult) => void }) {
  const [reason, setReason] = useState('');
  const { errors, failure, busy, submit, clear } = useSubmit(() => call('retention.anonymise', { items, reason }), onDone);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="anonymise-dialog-title">
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'contents' }}>
        <DialogTitle id="anonymise-dialog-title">匿名化 {items.length} 件保管期限届满的案卷</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">
              将清除其中的个人信息：姓名改为“已匿名化”，证件号码、电话、住址、出生日期、籍贯、备注和登记摘要等文字一并清除，证件照片撤回不再显示，检索不再能按姓名或号码找到。
            </Typography>
            <Typography variant="body2">
              保留统计所需的内容：日期、金额、人数、类别、处理结果、案号和登记号，以及被投诉单位（单位不是个人信息）。案卷和登记不会删除。
            </Typography>
            <Alert severity="warning">
              匿名化不能撤销。仍出现在未办结或未满保管期限的其他案卷中的人员不作处理。已制作的文书和审计记录不在本次处理范围内。
            </Alert>
            <ReasonField
              label="匿名化理由"
              example="保管期限届满，经局务会研究同意"
              hint="至少4个字；记入审计日志"
              value={reason}
              error={errors.reason}
              onChange={(v) => { setReason(v); clear('reason'); }}
            />
            {failure && !errors.reason && <Alert severity="error">{failure.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" color="warning" disabled={busy}>{busy ? '正在匿名化…' : '确认匿名化'}</Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
