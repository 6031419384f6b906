// What main passes to the core's utilityProcess, and how the host reads it.
import { describe, expect, it } from 'vitest';
import { parseHostConfig } from '../../electron/core/transport/host-config';

describe('parseHostConfig: the core host reads its configuration from argv, env as a fallback', () => {
  it('reads --key=value arguments among the other argv entries', () => {
    const argv = ['/opt/薪安/xinan', '/opt/薪安/resources/app.asar/out/main/core-host.js', '--data-dir=/home/u/.local/share/XinAn/data', '--migrations-dir=/opt/薪安/resources/migrations', '--app-version=0.1.0', '--offer-demo=false'];
    expect(parseHostConfig(argv)).toEqual({
      ok: true,
      config: { dataDir: '/home/u/.local/share/XinAn/data', migrationsDir: '/opt/薪安/resources/migrations', appVersion: '0.1.0', offerDemo: false },
    });
  });

  it('keeps "=" inside a value, takes the last occurrence, and reads the demo flag in its forms', () => {
    const r = parseHostConfig(['--data-dir=C:\\a=b\\data', '--migrations-dir=/x', '--migrations-dir=/y', '--offer-demo']);
    expect(r).toEqual({ ok: true, config: { dataDir: 'C:\\a=b\\data', migrationsDir: '/y', appVersion: '0.0.0-dev', offerDemo: true } });
    expect(parseHostConfig(['--data-dir=/d', '--migrations-dir=/m', '--offer-demo=1'])).toMatchObject({ config: { offerDemo: true } });
    expect(parseHostConfig(['--data-dir=/d', '--migrations-dir=/m', '--offer-demo=no'])).toMatchObject({ config: { offerDemo: false } });
  });

  it('falls back to XINAN_* environment variables, argv winning', () => {
    const env = { XINAN_DATA_DIR: '/env/data', XINAN_MIGRATIONS_DIR: '/env/migrations', XINAN_APP_VERSION: '9.9.9', XINAN_OFFER_DEMO: 'true' };
    expect(parseHostConfig([], env)).toEqual({ ok: true, config: { dataDir: '/env/data', migrationsDir: '/env/migrations', appVersion: '9.9.9', offerDemo: true } });
    expect(parseHostConfig(['--data-dir=/argv/data'], env)).toMatchObject({ config: { dataDir: '/argv/data' } });
  });

  it('says in Chinese what is missing instead of starting on a guessed directory', () => {
    expect(parseHostConfig([])).toEqual({ ok: false, message: '后台服务启动参数不完整：缺少数据目录（--data-dir）、数据库迁移目录（--migrations-dir）' });
    expect(parseHostConfig(['--data-dir=  ', '--migrations-dir=/m'])).toEqual({ ok: false, message: '后台服务启动参数不完整：缺少数据目录（--data-dir）' });
  });
});
