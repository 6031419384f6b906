import { createTheme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';

// Chinese UI fonts as installed on office PCs (Windows: 微软雅黑), Linux desktops (Noto CJK, 文泉驿) and Tibetan
// (the bundled Noto Serif Tibetan, then Windows' Microsoft Himalaya).
const FONT = [
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  '"Noto Serif Tibetan"',
  '"Microsoft Himalaya"',
  'sans-serif',
].join(',');

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#1f4e79' },
      secondary: { main: '#8a5a00' },
      background: { default: '#f4f6f9' },
    },
    typography: { fontFamily: FONT, fontSize: 14, h5: { fontWeight: 600 }, h6: { fontWeight: 600 } },
    shape: { borderRadius: 6 },
    components: {
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 600, whiteSpace: 'nowrap' } } },
    },
  },
  zhCN,
);
