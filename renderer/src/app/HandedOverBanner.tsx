// The banner of a copy whose data was handed to the bureau server (npm run handover, docs/server.md): on every
// screen, where the data now lives and that nothing here can be changed (the core refuses every change anyway).
import { Alert, AlertTitle } from '@mui/material';
import { useSetupStatus } from '../features/setup/queries';

export function HandedOverBanner({ sx }: { sx?: object }) {
  const handedOver = useSetupStatus().data?.handedOver ?? null;
  if (!handedOver) return null;
  return (
    <Alert severity="warning" variant="filled" data-testid="handed-over-banner" sx={{ mb: 2, ...sx }}>
      <AlertTitle>本机数据已移交给单位服务器，这里只能查看</AlertTitle>
      {handedOver.message}
    </Alert>
  );
}
