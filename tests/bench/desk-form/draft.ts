// The form's own draft of `rows` complainants, the last one blank: what the benchmark starts from.
export function draftOf(rows: number) {
  const row = (i: number) => ({
    key: `bench${i}`,
    name: i < rows - 1 ? `工人${i + 1}` : '',
    idType: 'residentId',
    idNumber: i < rows - 1 ? `5402021985${String(i).padStart(4, '0')}0019` : '',
    idMissingReason: '',
    phone: i < rows - 1 ? `139089${String(i).padStart(5, '0')}` : '',
    hometown: '',
    preferredLanguage: 'zh',
    amountYuan: i < rows - 1 ? '12800' : '',
    isRepresentative: i < 3,
    note: '',
    address: i % 10 === 0 ? '日喀则市桑珠孜区' : '',
    occupation: '',
    workplace: '',
  });
  return { values: { complainants: Array.from({ length: rows }, (_, i) => row(i)), summary: '基准：百名工人欠薪投诉' }, extra: null };
}
