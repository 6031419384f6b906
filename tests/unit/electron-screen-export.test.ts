// "导出为 PDF" (the menu or Ctrl/Cmd+P) in the desktop app: main asks the window's page to have the core record the
// export under its signed-in person, and writes the PDF only once that row is written. Electron cannot run here, so
// the logic is tested against fake web contents (HOUSE-STYLE.md, "Testing where Electron cannot run").
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  exportScreenToPdf,
  interceptExportShortcut,
  isExportShortcut,
  screenOf,
  ScreenExportRecorder,
  SCREEN_EXPORT_TIMEOUT_MS,
  type ExportDeps,
  type ExportWindow,
  type KeyInput,
  type ScreenExportRequest,
} from '../../electron/main/screen-export';
import { answerScreenExport } from '../../electron/preload/screen-export-answer';
import { SCREEN_EXPORT_REQUEST_CHANNEL } from '../../electron/preload/port-channels';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods });

/** A window whose web contents are a fake: what main reads from it and what it sends the page. */
function fakeWindow(url = 'app://xinan/index.html#/intakes/intake-7', title = '薪安') {
  const sent: { channel: string; request: ScreenExportRequest }[] = [];
  const window: ExportWindow = {
    getTitle: () => title,
    webContents: {
      id: 7,
      getURL: () => url,
      getTitle: () => title,
      send: (channel: string, request: ScreenExportRequest) => void sent.push({ channel, request }),
      printToPDF: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    },
  };
  return { window, sent };
}

/** What exportScreenToPdf does, in order, with the dialog's answer and the page's answer given. */
function deps(options: { path?: string | null; refusal?: string; writeFails?: boolean } = {}) {
  const steps: string[] = [];
  const d: ExportDeps & { errors: [string, string][]; written: Uint8Array[] } = {
    errors: [],
    written: [],
    choosePath: vi.fn(async (name: string) => (steps.push(`choose ${name}`), options.path === undefined ? '/home/clerk/导出/名单.pdf' : options.path)),
    record: vi.fn(async (_target, request) => (steps.push(`record ${request.route} ${request.fileName}`), options.refusal ?? '')),
    writeFile: vi.fn(async (path: string, bytes: Uint8Array) => {
      steps.push(`write ${path}`);
      if (options.writeFails) throw new Error('EACCES: permission denied');
      d.written.push(bytes);
    }),
    showError: vi.fn(async (title: string, message: string) => void d.errors.push([title, message])),
  };
  return { d, steps };
}

afterEach(() => vi.useRealTimers());

describe('the Ctrl/Cmd+P shortcut', () => {
  it('is Ctrl+P on Windows and Linux and Cmd+P on macOS, with or without Shift, on key down', () => {
    expect(isExportShortcut(key('p', { control: true }), 'win32')).toBe(true);
    expect(isExportShortcut(key('P', { control: true, shift: true }), 'linux')).toBe(true);
    expect(isExportShortcut(key('p', { meta: true }), 'darwin')).toBe(true);
    expect(isExportShortcut(key('p', { control: true }), 'darwin')).toBe(false);
    expect(isExportShortcut(key('p', { meta: true }), 'win32')).toBe(false);
    expect(isExportShortcut(key('p'), 'win32')).toBe(false);
    expect(isExportShortcut(key('o', { control: true }), 'win32')).toBe(false);
    expect(isExportShortcut({ ...key('p', { control: true }), type: 'keyUp' }, 'win32')).toBe(false);
    // AltGr is Ctrl+Alt on Windows: a character typed with it is not a shortcut.
    expect(isExportShortcut(key('p', { control: true, alt: true }), 'win32')).toBe(false);
  });

  it('is taken from the page before it (or a menu accelerator) sees it, and goes to the audited export', () => {
    let listener: ((event: { preventDefault(): void }, input: KeyInput) => void) | null = null;
    const contents = { on: (_event: 'before-input-event', l: typeof listener) => void (listener = l) };
    const onExport = vi.fn();
    interceptExportShortcut(contents, 'win32', onExport);
    const typed = { preventDefault: vi.fn() };
    listener!(typed, key('p'));
    expect(typed.preventDefault).not.toHaveBeenCalled();
    expect(onExport).not.toHaveBeenCalled();
    const shortcut = { preventDefault: vi.fn() };
    listener!(shortcut, key('p', { control: true }));
    expect(shortcut.preventDefault).toHaveBeenCalledOnce();
    expect(onExport).toHaveBeenCalledOnce();
  });
});

describe('what was on screen', () => {
  it('is the route the page shows (our router keeps it in the fragment) and the window title', () => {
    expect(screenOf('app://xinan/index.html#/intakes/intake-7', '薪安')).toEqual({ route: '/intakes/intake-7', title: '薪安' });
    expect(screenOf('app://xinan/index.html', '薪安')).toEqual({ route: '/', title: '薪安' });
    expect(screenOf('http://localhost:5173/#/cases?status=open', '薪安 — 案卷')).toEqual({ route: '/cases?status=open', title: '薪安 — 案卷' });
    expect(screenOf(`app://xinan/index.html#/${'x'.repeat(900)}`, 't'.repeat(400))).toEqual({ route: `/${'x'.repeat(499)}`, title: 't'.repeat(200) });
  });
});

describe('exporting the window as PDF', () => {
  it('records the page, the person (through the page’s own session) and the file name before writing the file', async () => {
    const { window } = fakeWindow();
    const { d, steps } = deps();
    expect(await exportScreenToPdf(window, d)).toBe('/home/clerk/导出/名单.pdf');
    expect(steps).toEqual(['choose 薪安.pdf', 'record /intakes/intake-7 名单.pdf', 'write /home/clerk/导出/名单.pdf']);
    expect(d.record).toHaveBeenCalledWith(window.webContents, { route: '/intakes/intake-7', title: '薪安', fileName: '名单.pdf' });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    expect(d.written).toEqual([new Uint8Array([0x25, 0x50, 0x44, 0x46])]);
  });

  it('writes nothing when the core refuses to record it (signed out, screen locked) and says why', async () => {
    const { window } = fakeWindow();
    const { d, steps } = deps({ refusal: '屏幕已锁定，请输入密码解锁；未保存的内容仍在' });
    expect(await exportScreenToPdf(window, d)).toBeNull();
    expect(steps).not.toContainEqual(expect.stringMatching(/^write/));
    expect(d.errors).toEqual([['未导出 PDF', '未能记录本次导出，因此没有导出：屏幕已锁定，请输入密码解锁；未保存的内容仍在']]);
  });

  it('records nothing when the person cancels the dialog, and keeps only the name of a Windows path', async () => {
    const { window } = fakeWindow();
    const cancelled = deps({ path: null });
    expect(await exportScreenToPdf(window, cancelled.d)).toBeNull();
    expect(cancelled.d.record).not.toHaveBeenCalled();
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    const windows = deps({ path: 'C:\\Users\\clerk\\Desktop\\名单.pdf' });
    await exportScreenToPdf(window, windows.d);
    expect(windows.d.record).toHaveBeenCalledWith(window.webContents, expect.objectContaining({ fileName: '名单.pdf' }));
  });

  it('opens one dialog at a time for a window (a held-down Ctrl+P repeats)', async () => {
    const { window } = fakeWindow();
    const { d } = deps();
    const [first, second] = await Promise.all([exportScreenToPdf(window, d), exportScreenToPdf(window, d)]);
    expect([first, second]).toEqual(['/home/clerk/导出/名单.pdf', null]);
    expect(d.choosePath).toHaveBeenCalledOnce();
  });

  it('reports a file it could not write, in Chinese', async () => {
    const { window } = fakeWindow();
    const { d } = deps({ writeFails: true });
    expect(await exportScreenToPdf(window, d)).toBeNull();
    expect(d.errors).toEqual([['导出 PDF 失败', '文件未能保存到 /home/clerk/导出/名单.pdf：EACCES: permission denied']]);
  });
});

describe('asking the page to record the export', () => {
  it('sends the window’s page a numbered request and takes the answer only from that page', async () => {
    const recorder = new ScreenExportRecorder();
    const { window, sent } = fakeWindow();
    const answer = recorder.record(window.webContents, { route: '/intakes/intake-7', title: '薪安', fileName: '名单.pdf' });
    expect(sent).toEqual([{ channel: SCREEN_EXPORT_REQUEST_CHANNEL, request: { requestId: expect.any(Number), route: '/intakes/intake-7', title: '薪安', fileName: '名单.pdf' } }]);
    const { requestId } = sent[0].request;
    recorder.answer(8, requestId, ''); // another window
    recorder.answer(7, requestId + 1, ''); // no such request
    let settled = false;
    void answer.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    recorder.answer(7, requestId, '');
    expect(await answer).toBe('');
  });

  it('takes a refusal as a refusal, and a page that does not answer as one too', async () => {
    vi.useFakeTimers();
    const recorder = new ScreenExportRecorder();
    const { window, sent } = fakeWindow();
    const refused = recorder.record(window.webContents, { route: '/', title: '薪安', fileName: 'a.pdf' });
    recorder.answer(7, sent[0].request.requestId, '请先登录');
    expect(await refused).toBe('请先登录');
    const odd = recorder.record(window.webContents, { route: '/', title: '薪安', fileName: 'a.pdf' });
    recorder.answer(7, sent[1].request.requestId, { ok: true });
    expect(await odd).toBe('页面的回答无法识别');
    const silent = recorder.record(window.webContents, { route: '/', title: '薪安', fileName: 'a.pdf' });
    vi.advanceTimersByTime(SCREEN_EXPORT_TIMEOUT_MS);
    expect(await silent).toBe('页面没有回应（可能仍在加载）');
  });
});

describe('the page’s side (preload)', () => {
  it('records through its own core session and answers with the refusal’s message or nothing', async () => {
    const calls: [string, unknown][] = [];
    const ok = async (channel: string, input: unknown) => (calls.push([channel, input]), { ok: true as const, value: {} });
    expect(await answerScreenExport(ok, { requestId: 3, route: '/cases', title: '薪安', fileName: 'a.pdf' })).toEqual({ requestId: 3, message: '' });
    expect(calls).toEqual([['audit.recordScreenExport', { route: '/cases', title: '薪安', fileName: 'a.pdf' }]]);
    const locked = async () => ({ ok: false as const, error: { code: 'SESSION_LOCKED' as const, message: '屏幕已锁定', fields: null } });
    expect(await answerScreenExport(locked, { requestId: 4, route: '/', title: '', fileName: 'a.pdf' })).toEqual({ requestId: 4, message: '屏幕已锁定' });
    expect(await answerScreenExport(ok, { requestId: 'x', route: 1 })).toBeNull();
    expect(await answerScreenExport(ok, null)).toBeNull();
  });
});

describe('the page cannot print itself around the audit', () => {
  it('has window.print() and print() refused by the linter in the renderer', async () => {
    const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });
    const [result] = await eslint.lintText('export function f(): void {\n  window.print();\n  print();\n}\n', { filePath: join(__dirname, '..', '..', 'renderer/src/features/x.ts') });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['no-restricted-properties', 'no-restricted-globals']);
  });
});
