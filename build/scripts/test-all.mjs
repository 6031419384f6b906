// `npm test`: every test, stage by stage, each timed against its budget. Exits non-zero if any stage fails.
// Stages run in order and all run even after a failure, so one report shows everything that is red.
import { spawnSync } from 'node:child_process';

const stages = [
  { name: '类型检查 typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'], budget: 60 },
  { name: '代码规范 lint', cmd: 'npm', args: ['run', '--silent', 'lint'], budget: 90 },
  { name: '单元与集成测试 unit + integration', cmd: 'npm', args: ['run', '--silent', 'test:unit'], budget: 240 },
  // The harnesses at CI size (issue #10): 100 kills of a working core, 2,000 hostile calls; a random seed each run,
  // printed, so a failure can be replayed with --seed.
  { name: '崩溃测试 crash harness', cmd: 'npm', args: ['run', '--silent', 'test:crash', '--', '--kills', '100'], budget: 120 },
  { name: '模糊测试 fuzz harness', cmd: 'npm', args: ['run', '--silent', 'test:fuzz', '--', '--calls', '2000'], budget: 60 },
  { name: 'Electron 冒烟测试 electron smoke', cmd: 'npm', args: ['run', '--silent', 'test:electron'], budget: 180 },
  // 75 stories on two workers (54 before routing, service, evidence, follow-up and the desk figures): ~6 min on CI.
  { name: '端到端测试（Chromium）e2e web', cmd: 'npm', args: ['run', '--silent', 'test:e2e'], budget: 480 },
];

const only = process.argv.slice(2);
const results = [];
for (const stage of stages) {
  if (only.length && !only.some((o) => stage.name.includes(o))) continue;
  console.log(`\n──── ${stage.name} ────`);
  const t = Date.now();
  const r = spawnSync(stage.cmd, stage.args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = Math.round((Date.now() - t) / 100) / 10;
  results.push({ ...stage, seconds, ok: r.status === 0 });
}

console.log('\n──── 汇总 ────');
for (const r of results) {
  const over = r.seconds > r.budget ? '  ⚠ 超出预算' : '';
  console.log(`[阶段] ${r.ok ? '通过' : '失败'}  ${r.name}: ${r.seconds}s（预算 ${r.budget}s）${over}`);
}
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.error(`\n${failed.length} 个阶段失败：${failed.map((r) => r.name).join('，')}`);
  process.exit(1);
}
