// Argument parsing for the maintenance commands (npm run backup / restore / handover / adopt, and the installed app's
// `xinan --handover` / `--adopt`): --name value or --name=value, known names only. A refusal is an exit code and a
// Chinese line on stderr: 2 for bad arguments.

export function cliArgs<K extends string>(argv: readonly string[], known: readonly K[], usage: string): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(a);
    if (!m || !known.includes(m[1] as K)) cliFail(`未知参数：${a}\n用法：${usage}`, 2);
    const v = m[2] ?? argv[++i];
    if (v === undefined) cliFail(`参数 ${a} 缺少取值\n用法：${usage}`, 2);
    out[m[1] as K] = v;
  }
  return out;
}

export function cliFail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
