/** Registration and store-setting fields shared by the marketplace rule sets (each adds its own). */
import type { FieldRule, RuleSource } from '../core/rules.js';

/** 统一社会信用代码: 18 characters, digits and capital letters without I, O, Z, S, V (GB 32100-2015). */
export const USCC_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$';
export const PHONE_PATTERN = '^\\+?[0-9][0-9 -]{6,19}$';
export const BANK_ACCOUNT_PATTERN = '^[0-9]{8,30}$';
export const HTTPS_URL_PATTERN = '^https://[^\\s]{3,300}$';

export const USCC_SOURCE: RuleSource = {
  title: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则',
  effectiveFrom: '2015-10-01',
  url: 'https://openstd.samr.gov.cn/',
};

/** The company fields every marketplace asks of a mainland-China seller. */
export function companyRegistrationFields(source: RuleSource): FieldRule[] {
  return [
    {
      key: 'companyName',
      label: { zh: '公司名称（与营业执照一致）', en: 'Company name (as on the business licence)' },
      kind: 'text',
      required: true,
      minLength: 4,
      maxLength: 100,
      source,
    },
    {
      key: 'uscc',
      label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
      kind: 'text',
      required: true,
      pattern: USCC_PATTERN,
      minLength: 18,
      maxLength: 18,
      hint: {
        zh: '18 位，数字或大写字母（不含 I、O、Z、S、V）',
        en: '18 characters: digits or capitals (no I, O, Z, S, V)',
      },
      source: USCC_SOURCE,
    },
    {
      key: 'legalRepresentative',
      label: { zh: '法定代表人', en: 'Legal representative' },
      kind: 'text',
      required: true,
      minLength: 2,
      maxLength: 50,
      source,
    },
    {
      key: 'contactEmail',
      label: { zh: '联系邮箱', en: 'Contact email' },
      kind: 'email',
      required: true,
      maxLength: 100,
      source,
    },
    {
      key: 'contactPhone',
      label: { zh: '联系电话', en: 'Contact phone' },
      kind: 'phone',
      required: true,
      pattern: PHONE_PATTERN,
      source,
    },
    {
      key: 'businessAddress',
      label: { zh: '经营地址', en: 'Business address' },
      kind: 'text',
      required: true,
      minLength: 6,
      maxLength: 200,
      source,
    },
    {
      key: 'bankAccount',
      label: { zh: '收款银行账号', en: 'Bank account number' },
      kind: 'text',
      required: true,
      pattern: BANK_ACCOUNT_PATTERN,
      hint: { zh: '8–30 位数字', en: '8–30 digits' },
      source,
    },
  ];
}

/** Store settings every marketplace has; handling and return limits differ per marketplace. */
export function commonSettingFields(
  source: RuleSource,
  limits: {
    storeNameMax: number;
    returnDays: { min: number; max: number; source: RuleSource };
    handlingDays: { min: number; max: number; source: RuleSource };
    vacationSource: RuleSource;
  },
): FieldRule[] {
  return [
    {
      key: 'storeName',
      label: { zh: '店铺名称', en: 'Store name' },
      kind: 'text',
      required: true,
      minLength: 2,
      maxLength: limits.storeNameMax,
      source,
    },
    {
      key: 'storeDescription',
      label: { zh: '店铺简介', en: 'Store description' },
      kind: 'text',
      required: false,
      maxLength: 1000,
      source,
    },
    {
      key: 'customerServiceEmail',
      label: { zh: '客服邮箱', en: 'Customer service email' },
      kind: 'email',
      required: true,
      maxLength: 100,
      source,
    },
    {
      key: 'customerServicePhone',
      label: { zh: '客服电话', en: 'Customer service phone' },
      kind: 'phone',
      required: false,
      pattern: PHONE_PATTERN,
      source,
    },
    {
      key: 'returnPolicyDays',
      label: { zh: '退货期限（天）', en: 'Return window (days)' },
      kind: 'number',
      required: true,
      min: limits.returnDays.min,
      max: limits.returnDays.max,
      source: limits.returnDays.source,
    },
    {
      key: 'handlingDays',
      label: { zh: '备货期（天）', en: 'Handling time (days)' },
      kind: 'number',
      required: true,
      min: limits.handlingDays.min,
      max: limits.handlingDays.max,
      source: limits.handlingDays.source,
    },
    {
      key: 'vacationMode',
      label: { zh: '休假模式', en: 'Vacation mode' },
      kind: 'boolean',
      required: false,
      source: limits.vacationSource,
    },
    {
      key: 'logoUrl',
      label: { zh: '店铺 Logo 地址', en: 'Logo URL' },
      kind: 'text',
      required: false,
      pattern: HTTPS_URL_PATTERN,
      hint: { zh: '以 https:// 开头', en: 'Starts with https://' },
      source,
    },
  ];
}
