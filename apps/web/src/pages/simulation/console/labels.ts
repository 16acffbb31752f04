import type { Marketplace } from './simApi';

/** Marketplace names as the console shows them (never the real platform's own name alone). */
export const MARKETPLACE_LABELS: Record<Marketplace, { zh: string; en: string }> = {
  amazon: { zh: '仿亚马逊', en: 'Amazon-like' },
  aliexpress: { zh: '仿速卖通', en: 'AliExpress-like' },
  alibaba: { zh: '仿阿里巴巴国际站', en: 'Alibaba.com-like' },
};

export const MARKETPLACES: Marketplace[] = ['amazon', 'aliexpress', 'alibaba'];
export const WORK_TYPES = ['跨境电子商务师', '网商'] as const;
