// What the demo data's accounts use; said only where the demo data is loaded.
import { DEMO_PASSWORD } from '../../../../shared/domain/demo';

export { DEMO_PASSWORD };
export const DEMO_PASSWORD_HINT = `演示数据：演示账户密码 ${DEMO_PASSWORD}（每位演示人员相同；管理员使用首次设置时设定的密码）`;
