// Starts server-child.ts in its own Node process (the same Node, through tsx) and waits for its ready line.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { ServerUnderTest } from './load';
import { READY_PREFIX } from './server-child';

const CHILD = resolve(__dirname, 'server-child.ts');

export function startServerProcess(dataDir: string, readyWithinMs = 60_000): Promise<ServerUnderTest> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), CHILD, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`负载测试服务器 ${readyWithinMs} ms 内没有就绪：${stderr}`));
    }, readyWithinMs);
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => {
      out += c;
      const line = out.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (!line) return;
      clearTimeout(timer);
      const ready = JSON.parse(line.slice(READY_PREFIX.length)) as { origin: string; ca: string; fingerprint: string };
      ok({
        ...ready,
        async close() {
          child.stdin.end('stop\n');
          const code = await Promise.race([exited, new Promise<'slow'>((r) => setTimeout(() => r('slow'), 30_000))]);
          if (code === 'slow') {
            child.kill('SIGKILL');
            throw new Error('负载测试服务器 30 秒内没有停止');
          }
          if (code !== 0) throw new Error(`负载测试服务器退出码 ${code}：${stderr}`);
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`负载测试服务器提前退出（${code}）：${stderr}`));
    });
  });
}
