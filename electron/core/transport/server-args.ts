// The bureau server's command line, shared by `npm run server` (build/scripts/server.ts) and the packaged service's
// entry (server-entry.ts, run by `xinan --server …` in a utilityProcess): docs/server.md, "Running it".
import { isIP } from 'node:net';
import { resolve } from 'node:path';

export interface ServerArgs {
  dataDir: string;
  host: string;
  port: number;
  names: string[];
  cert?: string;
  key?: string;
  /** A handover package to adopt into the (empty) data dir before serving (docs/server.md, "从单机到服务器"). */
  adopt?: string;
}

export const SERVER_USAGE = '可用：--data-dir 目录、--listen 地址:端口（如 0.0.0.0:8443）、--name 名称（可多次）、--cert 证书文件 --key 私钥文件、--adopt 移交包文件（先接收单机移交的数据）';

/** '0.0.0.0:8443', '[::]:8443', '192.168.1.10:8443' or just a port. */
export function parseListen(value: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d+)$/.exec(value) ?? /^()()(\d+)$/.exec(value);
  const port = m ? Number(m[3]) : NaN;
  const host = m ? m[1] || m[2] || '0.0.0.0' : '';
  if (!m || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--listen 无效：${value}（应为 地址:端口，如 0.0.0.0:8443）`);
  if (host !== 'localhost' && isIP(host) === 0) throw new Error(`--listen 的地址须为本机的 IP 地址（或 0.0.0.0 表示所有网卡）：${host}`);
  return { host: host === 'localhost' ? '127.0.0.1' : host, port };
}

/** Parses the server's options; `defaultDataDir` undefined makes --data-dir required (the packaged service). */
export function parseServerArgs(argv: readonly string[], defaultDataDir?: string): ServerArgs {
  const args: ServerArgs = { dataDir: defaultDataDir ?? '', host: '0.0.0.0', port: 8443, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new Error(`参数 ${a} 缺少取值`);
      return v;
    };
    const flag = a.split('=')[0];
    if (flag === '--data-dir') args.dataDir = resolve(value());
    else if (flag === '--listen') Object.assign(args, parseListen(value()));
    else if (flag === '--name') args.names.push(value().trim());
    else if (flag === '--cert') args.cert = resolve(value());
    else if (flag === '--key') args.key = resolve(value());
    else if (flag === '--adopt') args.adopt = resolve(value());
    else throw new Error(`未知参数：${a}（${SERVER_USAGE}）`);
  }
  if (!args.dataDir) throw new Error('必须用 --data-dir 指定服务器的数据目录（本机磁盘上的目录）');
  if ((args.cert === undefined) !== (args.key === undefined)) throw new Error('--cert 与 --key 必须同时给出');
  return args;
}
