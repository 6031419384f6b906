import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function violations(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the layering is executable: eslint boundaries', () => {
  it('fires on the deliberate violations in the fixture (renderer importing Node, Electron, SQLite and the core)', async () => {
    const code = readFileSync(join(root, 'tests/fixtures/lint/renderer-imports-node.txt'), 'utf8');
    const found = await violations(code, 'renderer/src/features/violation.tsx');
    expect(found).toEqual([
      '渲染进程不能导入 Node 内置模块',
      '渲染进程不能导入 electron，请通过 platform/api',
      '渲染进程不能使用数据库或服务端依赖',
      '渲染进程只能依赖 shared/ 与自身代码',
    ]);
  });

  it('keeps electron out of the core, the database and shared/', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    for (const file of ['electron/core/x.ts', 'db/x.ts', 'shared/domain/x.ts', 'shared/contract/x.ts']) {
      expect(await violations(code, file)).toEqual(['只有 electron/main 与 electron/preload 可以导入 electron']);
    }
    expect(await violations(code, 'electron/main/x.ts')).toEqual([]);
  });

  it('keeps shared/domain pure and the shell out of the core', async () => {
    expect(await violations("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'shared/domain/x.ts')).toEqual(['shared/domain 不能导入 Node 内置模块']);
    expect(await violations("import { createCore } from '../core/index';\nexport const c = createCore;\n", 'electron/main/x.ts')).toEqual([
      'Electron 外壳只经由端口与核心通信，不直接导入核心',
    ]);
    expect(await violations("import { openDatabase } from '../../db/open';\nexport const o = openDatabase;\n", 'electron/core/x.ts')).toEqual([]);
  });

  it('keeps features out of the kernel, and transports out of the features', async () => {
    expect(await violations("import { callerCan } from '../session/session.service';\nexport const c = callerCan;\n", 'electron/core/kernel/x.ts')).toEqual([
      '内核不能依赖任何功能模块：只能导入 shared/、db/ 与内核自身',
    ]);
    expect(await violations("import type { Core } from '../index';\nexport type C = Core;\n", 'electron/core/kernel/x.ts')).toEqual([
      '内核不能依赖任何功能模块：只能导入 shared/、db/ 与内核自身',
    ]);
    expect(
      await violations(
        "import { openDatabase } from '../../../db/open';\nimport { can } from '../../../shared/domain/permissions';\nimport { tx } from './tx';\nexport const o = [openDatabase, can, tx];\n",
        'electron/core/kernel/x.ts',
      ),
    ).toEqual([]);
    expect(await violations("import { startBridge } from '../transport/bridge';\nexport const s = startBridge;\n", 'electron/core/cases/x.ts')).toEqual([
      '功能模块不能依赖传输层：transport/ 只经由 core.dispatch 调用核心',
    ]);
    expect(await violations("import { tx } from '../kernel/tx';\nexport const t = tx;\n", 'electron/core/cases/x.ts')).toEqual([]);
  });

  it('keeps core, shared and db modules under 400 lines of code (blank lines and comments not counted)', async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};\n`).join('');
    const sizes = async (code: string, filePath: string) => {
      const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
      return result.messages.filter((m) => m.ruleId === 'max-lines').map((m) => m.severity);
    };
    expect(await sizes(lines(400), 'electron/core/cases/x.ts')).toEqual([]);
    expect(await sizes(`// why\n\n${lines(400)}`, 'shared/domain/x.ts')).toEqual([]);
    for (const file of ['electron/core/cases/x.ts', 'shared/domain/x.ts', 'db/x.ts']) expect(await sizes(lines(401), file)).toEqual([2]);
    expect(await sizes(lines(301), 'renderer/src/features/x/X.tsx')).toEqual([1]);
  });
});

describe('screens reach the core through their feature’s queries.ts', () => {
  const restricted = async (code: string, filePath: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };
  const direct = [
    "import { call } from '../../platform/api';\nexport const c = call;\n",
    "import { useChannelQuery } from '../../platform/queries';\nexport const q = useChannelQuery;\n",
    "import { useChannelMutation } from '../../platform/mutations';\nexport const m = useChannelMutation;\n",
  ];

  it('refuses a component that calls a channel itself', async () => {
    for (const code of direct) expect(await restricted(code, 'renderer/src/features/cases/CaseThing.tsx')).toHaveLength(1);
  });

  it('lets the feature’s queries.ts do it, and a component use the platform’s other helpers', async () => {
    for (const code of direct) expect(await restricted(code, 'renderer/src/features/cases/queries.ts')).toEqual([]);
    expect(await restricted("import { errorMessage } from '../../platform/api';\nexport const e = errorMessage;\n", 'renderer/src/features/cases/CaseThing.tsx')).toEqual([]);
    expect(await restricted("import { onFormSubmit } from '../../platform/mutations';\nexport const s = onFormSubmit;\n", 'renderer/src/features/cases/CaseThing.tsx')).toEqual([]);
  });
});
