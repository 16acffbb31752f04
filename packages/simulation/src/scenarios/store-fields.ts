/**
 * Registration and settings values for the scenario stores, made from the rule set's own field list so they pass its
 * checks (patterns, lengths, options, ranges) whatever fields a marketplace version asks for.
 */
import type { Rng } from '../core/rng.js';
import type { FieldRule } from '../core/rules.js';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code with a correct check character (GB 32100-2015). */
export function makeUscc(rng: Rng): string {
  const region = `${rng.int(11, 65)}${String(rng.int(1, 9999)).padStart(4, '0')}`;
  let body = `91${region}`;
  while (body.length < 17) body += USCC_CHARS[rng.int(0, 30)];
  const sum = [...body].reduce((s, ch, i) => s + USCC_CHARS.indexOf(ch) * USCC_WEIGHTS[i]!, 0);
  const check = (31 - (sum % 31)) % 31;
  return body + USCC_CHARS[check];
}

/** A mainland resident ID number with a correct ISO 7064 MOD 11-2 check character. */
export function makeIdCardNo(rng: Rng): string {
  const body = `${rng.int(110101, 659001)}${rng.int(1970, 1995)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${String(rng.int(1, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

const COMPANY = ['义乌市星河', '深圳市蓝海', '宁波市恒越', '杭州市云帆', '广州市启航', '苏州市锦程'];
const TRADE = ['进出口有限公司', '电子商务有限公司', '贸易有限公司'];
const PEOPLE = ['王丽', '陈强', '李娜', '张伟', '刘洋', '周敏'];
const STORE_NAMES = ['BrightNest', 'EverHome Goods', 'Lumina Living', 'PawJoy Store', 'CasaFlow', 'Zenwell Shop'];

/** A value for one field; `known` values take precedence. */
function valueFor(f: FieldRule, rng: Rng, known: Record<string, string | number | boolean>): string | number | boolean {
  if (Object.hasOwn(known, f.key)) return known[f.key]!;
  if (f.options?.length) return f.options[0]!.value;
  switch (f.kind) {
    case 'email':
      return `service${rng.int(10, 99)}@example.com`;
    case 'phone':
      return `+86 571 ${rng.int(8000, 8999)} ${rng.int(1000, 9999)}`;
    case 'boolean':
      return false;
    case 'number': {
      const min = f.min ?? 0;
      const max = f.max ?? min + 10;
      return Math.round((min + max) / 2);
    }
    case 'country':
      return 'CN';
    default:
      return 'Sample text';
  }
}

export function registrationFor(fields: readonly FieldRule[], rng: Rng): Record<string, string> {
  const company = `${rng.pick(COMPANY)}${rng.pick(TRADE)}`;
  const known: Record<string, string | number | boolean> = {
    companyName: company,
    uscc: makeUscc(rng),
    legalRepresentative: rng.pick(PEOPLE),
    legalRepresentativeIdNo: makeIdCardNo(rng),
    contactEmail: `export${rng.int(10, 99)}@example.com`,
    contactPhone: `+86 579 ${rng.int(8000, 8999)} ${rng.int(1000, 9999)}`,
    businessAddress: '浙江省金华市义乌市福田街道商城大道 88 号',
    bankAccount: String(rng.int(10_000_000, 99_999_999)) + String(rng.int(10_000_000, 99_999_999)),
    enterpriseAlipay: `finance${rng.int(10, 99)}@example.com`,
    mainProducts: 'Home, kitchen, pet and fitness goods',
    yearEstablished: rng.int(2008, 2020),
    exportMarkets: 'North America, Western Europe',
  };
  const out: Record<string, string> = {};
  for (const f of fields) if (f.required || Object.hasOwn(known, f.key)) out[f.key] = String(valueFor(f, rng, known));
  return out;
}

export function settingsFor(fields: readonly FieldRule[], rng: Rng): Record<string, string | number | boolean> {
  const known: Record<string, string | number | boolean> = {
    storeName: rng.pick(STORE_NAMES),
    storeDescription: 'Practical home, kitchen, pet and fitness goods shipped from our own warehouse in China.',
    customerServiceEmail: `support${rng.int(10, 99)}@example.com`,
    vacationMode: false,
  };
  const out: Record<string, string | number | boolean> = {};
  for (const f of fields) {
    if (!f.required && !Object.hasOwn(known, f.key)) continue;
    let v = valueFor(f, rng, known);
    if (f.kind === 'number' && f.key === 'handlingDays') v = Math.max(f.min ?? 1, Math.min(f.max ?? 3, 2));
    if (f.kind === 'number' && f.key === 'returnPolicyDays') v = Math.max(f.min ?? 30, Math.min(f.max ?? 30, 30));
    if (typeof v === 'string' && f.maxLength !== undefined) v = v.slice(0, f.maxLength);
    out[f.key] = v;
  }
  return out;
}
