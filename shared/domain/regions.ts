// Provinces by their GB/T 2260 code (the first two digits of a region code): whose government sets a regional
// figure such as the minimum wage, named on screen from the installation's own unit rather than assumed.
const PROVINCES: Record<string, string> = {
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区',
  '21': '辽宁省', '22': '吉林省', '23': '黑龙江省',
  '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省', '35': '福建省', '36': '江西省', '37': '山东省',
  '41': '河南省', '42': '湖北省', '43': '湖南省', '44': '广东省', '45': '广西壮族自治区', '46': '海南省',
  '50': '重庆市', '51': '四川省', '52': '贵州省', '53': '云南省', '54': '西藏自治区',
  '61': '陕西省', '62': '甘肃省', '63': '青海省', '64': '宁夏回族自治区', '65': '新疆维吾尔自治区',
};

/** '西藏自治区' for any code of Tibet (540000, 540200, 540202); null for a code that names no province. */
export function provinceName(regionCode: string): string | null {
  return PROVINCES[regionCode.slice(0, 2)] ?? null;
}

/** '西藏自治区人民政府'; the generic '省级人民政府' where the province is unknown. */
export function provincialGovernment(regionCode: string): string {
  const name = provinceName(regionCode);
  return name ? `${name}人民政府` : '省级人民政府';
}
