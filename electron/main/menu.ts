// A small Chinese application menu: export to PDF, the usual editing keys, zoom, and the version.
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { printToPdf } from './native';

export function installMenu(options: { devTools: boolean }): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        {
          label: '导出为 PDF…',
          // Shown, not registered: window.ts takes Ctrl/Cmd+P itself, so the key and this item share one audited path.
          accelerator: 'CmdOrCtrl+P',
          registerAccelerator: false,
          click: () => {
            const w = BrowserWindow.getFocusedWindow();
            if (w) void printToPdf(w);
          },
        },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '重新加载', role: 'reload' },
        { type: 'separator' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(options.devTools ? [{ label: '开发者工具', role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于薪安',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: '关于薪安',
              message: `薪安 ${app.getVersion()}`,
              detail: '人社局欠薪投诉、劳动保障监察与劳动人事争议仲裁案件管理（离线桌面版）。数据只保存在本机。',
              buttons: ['确定'],
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
