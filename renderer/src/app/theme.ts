import { createElement } from 'react';
import { GlobalStyles } from '@mui/material';
import { createTheme, type ThemeOptions } from '@mui/material/styles';
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

// MUI tells an input the browser autofilled it by an animation named mui-auto-fill (and mui-auto-fill-cancel when not),
// whose keyframes each InputBase injects itself by default: one <style> element per input on the page. The desk form
// at 100 workers held 574 style sheets, and every row added six more, each a new sheet for the browser to take in
// before it could lay the row out (≈ 35 ms of style work per new row, issue #15 item 6). The keyframes are defined
// once for the app instead (AutofillKeyframes, in App) and the inputs keep the same animations through the theme, so
// the autofill detection works as before.
const AUTO_FILL = 'mui-auto-fill';
const AUTO_FILL_CANCEL = 'mui-auto-fill-cancel';

/** The autofill keyframes, once for the whole app (the inputs no longer inject them; see the theme). */
export function AutofillKeyframes() {
  // Non-empty keyframes (an empty one is dropped by Emotion's production build); animation properties inside
  // keyframes are ignored, so nothing is shown.
  return createElement(GlobalStyles, {
    styles: {
      [`@keyframes ${AUTO_FILL}`]: { from: { animationName: AUTO_FILL } },
      [`@keyframes ${AUTO_FILL_CANCEL}`]: { from: { animationName: AUTO_FILL_CANCEL } },
    },
  });
}

const OPTIONS: ThemeOptions = {
  palette: {
    primary: { main: '#1f4e79' },
    secondary: { main: '#8a5a00' },
    background: { default: '#f4f6f9' },
  },
  typography: { fontFamily: FONT, fontSize: 14, h5: { fontWeight: 600 }, h6: { fontWeight: 600 } },
  shape: { borderRadius: 6 },
  components: {
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiInputBase: {
      defaultProps: { disableInjectingGlobalStyles: true },
      // What InputBase sets on its input when it injects the keyframes itself.
      styleOverrides: { input: { animationName: AUTO_FILL_CANCEL, animationDuration: '10ms', '&:-webkit-autofill': { animationDuration: '5000s', animationName: AUTO_FILL } } },
    },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600, whiteSpace: 'nowrap' } } },
  },
};

export const theme = createTheme(OPTIONS, zhCN);

/**
 * The theme for a person who asked the system for less motion (prefers-reduced-motion: reduce — Windows' "show
 * animations" off, the same setting on a Linux desktop; WCAG 2.3.3): menus, dialogs and panels appear and go at once,
 * nothing slides or grows, and a pressed button does not ripple. Without the ripple a button reached by the keyboard
 * would show no focus, so it gets an outline instead.
 */
export const stillTheme = createTheme(
  {
    ...OPTIONS,
    transitions: {
      create: () => 'none',
      duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
      // Menus and collapsing panels size their own transition from their height unless told otherwise.
      getAutoHeightDuration: () => 0,
    },
    components: {
      ...OPTIONS.components,
      MuiButtonBase: {
        defaultProps: { disableRipple: true },
        styleOverrides: { root: ({ theme: t }) => ({ '&.Mui-focusVisible': { outline: `2px solid ${t.palette.primary.main}`, outlineOffset: 2 } }) },
      },
    },
  },
  zhCN,
);
