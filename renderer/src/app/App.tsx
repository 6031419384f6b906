import { CssBaseline, ThemeProvider, useMediaQuery } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { zhCN as pickersZhCN } from '@mui/x-date-pickers/locales';
import { QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/zh-cn';
import { useEffect, useState } from 'react';
import { createQueryClient, connectCoreEvents } from '../platform/queries';
import { ChoiceGate } from './ChoiceGate';
import { JobsProvider, useJobsSink } from './jobs';
import { Gate } from './Gate';
import { AutofillKeyframes, stillTheme, theme } from './theme';

const pickerText = pickersZhCN.components.MuiLocalizationProvider.defaultProps.localeText;

function EventsBridge({ client }: { client: ReturnType<typeof createQueryClient> }) {
  const sink = useJobsSink();
  useEffect(() => connectCoreEvents(client, sink), [client, sink]);
  return null;
}

export function App() {
  const [client] = useState(createQueryClient);
  // The system's "less motion" setting, followed as it changes (theme.ts, stillTheme).
  const still = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  return (
    <ThemeProvider theme={still ? stillTheme : theme}>
      <CssBaseline />
      <AutofillKeyframes />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="zh-cn" localeText={pickerText}>
        <QueryClientProvider client={client}>
          <ChoiceGate>
            <JobsProvider>
              <EventsBridge client={client} />
              <Gate />
            </JobsProvider>
          </ChoiceGate>
        </QueryClientProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
