// What the demo data's accounts use (db/seed/demo-data.ts DEMO_PASSWORD); said only where the demo data is loaded.
export const DEMO_PASSWORD = 'xinan2026';
export const DEMO_PASSWORD_HINT = `演示数据：演示账户密码 ${DEMO_PASSWORD}（每位演示人员相同；管理员使用首次设置时设定的密码）`;
