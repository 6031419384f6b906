// The core asks the desk to look again at amounts far above what a worker could be owed (amount-check.ts): a slip —
// a digit too many, a lost point — is corrected in the form; an amount that is right is confirmed and saved as typed.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';

interface Props {
  /** The core's messages, one per amount; null when closed. */
  messages: string[] | null;
  onBack: () => void;
  onConfirm: () => void;
}

export function AmountConfirmDialog({ messages, onBack, onConfirm }: Props) {
  return (
    <Dialog open={messages !== null} onClose={onBack} aria-describedby="amount-confirm-text">
      <DialogTitle>请核对诉求金额</DialogTitle>
      <DialogContent>
        <DialogContentText id="amount-confirm-text" component="div">
          以下金额超过本局设定的每人核对上限（可在“设置 → 参数”中调整），可能多输或错位了数字：
          <ul data-testid="amounts-to-confirm">{messages?.map((m) => <li key={m}>{m}</li>)}</ul>
          核对无误的，可以照常保存；有误的，返回修改，已填写的内容都会保留。
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={onBack}>返回修改</Button>
        <Button variant="contained" onClick={onConfirm}>金额无误，保存</Button>
      </DialogActions>
    </Dialog>
  );
}
