// The desktop app's first run (issue #16 Deliver 2): this PC alone (its own database), or this bureau's server —
// the address checked, the server's name and certificate shown (the SHA-256 fingerprint in groups of four bytes, its
// validity), and the person confirms it equals what the administrator read out or printed before 连接. Main pins
// that fingerprint. A certificate that changed later is shown with both fingerprints; it is accepted again only
// after a second, explicit confirmation.
import { Alert, Box, Button, Checkbox, FormControlLabel, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { fingerprintGroups, type ChoiceStatus, type ConnectionChoiceApi, type LinkStatus, type ProbedServerView } from '../../../shared/contract/server-link';

export interface ConnectionChoiceProps {
  bridge: ConnectionChoiceApi;
  status: ChoiceStatus;
  /** Set when main refused the server's certificate (client mode): the screen re-checks the kept server. */
  refusal?: LinkStatus['refusal'];
}

const day = (ms: number) => {
  const d = new Date(ms + 8 * 3_600_000); // Asia/Shanghai
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

function Fingerprint({ value, testId }: { value: string; testId: string }) {
  return (
    <Box data-testid={testId} sx={{ fontFamily: 'monospace', fontSize: '1.05rem', display: 'grid', gridTemplateColumns: 'repeat(4, auto)', gap: 0.5, justifyContent: 'start' }}>
      {fingerprintGroups(value).map((g, i) => (
        <span key={i}>{g}</span>
      ))}
    </Box>
  );
}

function ServerFacts({ server }: { server: ProbedServerView }) {
  return (
    <Stack spacing={1} data-testid="probed-server">
      <Typography>
        服务器名称：<b>{server.name}</b>（{server.origin}）
      </Typography>
      <Typography variant="body2">证书 SHA-256 指纹（请逐组核对）：</Typography>
      <Fingerprint value={server.fingerprint} testId="probed-fingerprint" />
      <Typography variant="body2">
        有效期：{day(server.validFrom)} 至 {day(server.validTo)}；{server.selfSigned ? '服务器自签名证书' : `签发者：${server.issuer}`}
      </Typography>
    </Stack>
  );
}

export function ConnectionChoice({ bridge, status, refusal = null }: ConnectionChoiceProps) {
  const reconfirm = refusal !== null;
  const [step, setStep] = useState<'choose' | 'server'>(reconfirm ? 'server' : 'choose');
  const [address, setAddress] = useState(status.server?.address ?? '');
  const [probed, setProbed] = useState<ProbedServerView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [matches, setMatches] = useState(false);
  const [changeConfirmed, setChangeConfirmed] = useState(false);
  const [done, setDone] = useState(false);

  const check = async () => {
    setError(null);
    setProbed(null);
    setMatches(false);
    setChangeConfirmed(false);
    setBusy(true);
    const r = await bridge.probe(address).catch((e: unknown) => ({ ok: false as const, message: String((e as Error).message ?? e) }));
    setBusy(false);
    if (r.ok) setProbed(r.server);
    else setError(r.message);
  };
  const choose = async (choice: Parameters<ConnectionChoiceApi['choose']>[0]) => {
    setError(null);
    setBusy(true);
    const message = await bridge.choose(choice).catch((e: unknown) => String((e as Error).message ?? e));
    setBusy(false);
    if (message) setError(message);
    else setDone(true);
  };
  const canConnect = !!probed && matches && (!reconfirm || changeConfirmed) && !busy && !done;

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Paper sx={{ p: 4, width: 640, maxWidth: '100%' }}>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {reconfirm ? '服务器的证书已变更' : '这台电脑如何使用薪安'}
          </Typography>
          {status.problem && !reconfirm && <Alert severity="warning">{status.problem}</Alert>}
          {reconfirm && (
            <Alert severity="error" data-testid="certificate-refusal" sx={{ whiteSpace: 'pre-line', wordBreak: 'break-all', '& .MuiAlert-message': { minWidth: 0 } }}>
              {refusal.message}
            </Alert>
          )}
          {step === 'choose' && (
            <Stack spacing={2}>
              <Button variant="outlined" size="large" disabled={busy || done} onClick={() => void choose({ mode: 'alone' })}>
                这台电脑单独使用
              </Button>
              <Typography variant="body2" color="text.secondary">
                本局只有这一台电脑使用薪安：数据保存在这台电脑上。
              </Typography>
              <Button variant="contained" size="large" disabled={busy || done} onClick={() => setStep('server')}>
                连接本局服务器
              </Button>
              <Typography variant="body2" color="text.secondary">
                本局已有薪安服务器：各科室在同一份案卷上工作。需要管理员告诉您服务器的地址和证书指纹。
              </Typography>
            </Stack>
          )}
          {step === 'server' && (
            <Stack spacing={2}>
              <Stack direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
                <TextField
                  label="服务器地址"
                  placeholder="例如 192.168.1.20 或 xinan.rkz.local:8443"
                  value={address}
                  onChange={(e) => setAddress(e.target.value)}
                  onKeyDown={(e) => e.key === 'Enter' && void check()}
                  disabled={busy || done || reconfirm}
                  fullWidth
                  size="small"
                />
                <Button variant="outlined" onClick={() => void check()} disabled={busy || done}>
                  {reconfirm ? '重新读取证书' : '检查'}
                </Button>
              </Stack>
              {probed && <ServerFacts server={probed} />}
              {probed && (
                <FormControlLabel
                  control={<Checkbox checked={matches} onChange={(e) => setMatches(e.target.checked)} />}
                  label="我已逐组核对：以上指纹与管理员告诉我（或打印给我）的指纹完全一致"
                />
              )}
              {probed && reconfirm && (
                <FormControlLabel
                  control={<Checkbox checked={changeConfirmed} onChange={(e) => setChangeConfirmed(e.target.checked)} />}
                  label="我已向管理员确认：服务器的证书确实已经更换，不是有人冒充服务器"
                />
              )}
              <Stack direction="row" spacing={1}>
                {!reconfirm && (
                  <Button onClick={() => setStep('choose')} disabled={busy || done}>
                    返回
                  </Button>
                )}
                <Button variant="contained" disabled={!canConnect} onClick={() => probed && void choose({ mode: 'server', address: probed.origin, fingerprint: probed.fingerprint, name: probed.name })}>
                  连接
                </Button>
              </Stack>
            </Stack>
          )}
          {error && (
            <Alert severity="error" data-testid="choice-error">
              {error}
            </Alert>
          )}
          {done && <Alert severity="success">已保存，正在启动…</Alert>}
        </Stack>
      </Paper>
    </Box>
  );
}
