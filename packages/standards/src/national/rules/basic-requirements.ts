import type { Source } from '../../types.js';

/** A numbered section of 基本要求 with its list items (text as printed, numbering removed). */
export interface BasicRequirementSection {
  /** e.g. "2.2.1" */
  code: string;
  name: string;
  items: readonly string[];
  source: Source;
}

const src = (clause: string): Source => ({ doc: '003', clause });

const section = (code: string, name: string, items: string[]): BasicRequirementSection => ({
  code,
  name,
  items,
  source: src(code),
});

/** 003 §2.1 职业道德: 职业道德基本知识 (a heading without items) and 职业守则. */
export const PROFESSIONAL_ETHICS: {
  code: '2.1';
  name: '职业道德';
  sections: readonly BasicRequirementSection[];
  source: Source;
} = {
  code: '2.1',
  name: '职业道德',
  source: src('2.1'),
  sections: [
    section('2.1.1', '职业道德基本知识', []),
    section('2.1.2', '职业守则', [
      '遵纪守法，爱岗敬业。',
      '诚信为本，热情服务。',
      '保守秘密，注重安全。',
      '勇于开拓，积极创新。',
    ]),
  ],
};

/** 003 §2.2 基础知识: eleven numbered lists. */
export const BASIC_KNOWLEDGE: {
  code: '2.2';
  name: '基础知识';
  sections: readonly BasicRequirementSection[];
  source: Source;
} = {
  code: '2.2',
  name: '基础知识',
  source: src('2.2'),
  sections: [
    section('2.2.1', '网络应用基础', [
      '网络基础知识。',
      'Web浏览技术知识。',
      '网络安全知识。',
      '数据库基础知识。',
      '互联网应用知识。',
      '网上银行基础知识。',
      '网上商店基础知识。',
      '电子政务知识。',
    ]),
    section('2.2.2', '电子商务基本概念', ['电子商务框架知识。', '电子商务模型知识。', '电子交易行业应用知识。']),
    section('2.2.3', '网络营销基础', [
      '网络营销基本概念。',
      '网络营销基本方法。',
      '网络营销基础操作。',
      '网络营销特点与优势。',
    ]),
    section('2.2.4', '商品基础', [
      '商品流通基础知识。',
      '商品流通环节知识。',
      '商品流通分类知识。',
      '商品流通渠道知识。',
      '商品编码知识。',
      '商品编码管理知识。',
    ]),
    section('2.2.5', '物流基础', ['物流基本概念。', '物流管理基础知识。', '物流操作方法。', '物流流程控制。']),
    section('2.2.6', '网络客户服务基础', [
      '网络客户服务基本概念。',
      '网络客户服务主要方法。',
      '网络客户服务基本原则。',
      '网络客户服务注意事项。',
    ]),
    section('2.2.7', '网上支付知识', [
      '网上支付基本概念。',
      '第三方支付平台知识。',
      '第三方支付平台分类。',
      '第三方支付平台特点。',
    ]),
    section('2.2.8', '电子商务安全基础知识', [
      '交易安全基础知识。',
      '交易注意事项。',
      '交易管理办法。',
      '文件加密与解密知识。',
      '数字证书管理基础知识。',
      '安全防护基础知识。',
    ]),
    section('2.2.9', '数据分析基础知识', [
      '商务数据分析基本概念。',
      '商务数据分析基本方法。',
      '商务数据分析指标体系。',
    ]),
    section('2.2.10', '财务分析及投资方案基础', ['财务数据分析基本概念。', '投融资方案设计基本方法。']),
    section('2.2.11', '相关法律、法规基础知识', [
      '《中华人民共和国民法典》相关知识。',
      '《中华人民共和国劳动法》相关知识。',
      '《中华人民共和国合同法》相关知识。',
      '《中华人民共和国劳动合同法》相关知识。',
      '《中华人民共和国网络安全法》相关知识。',
      '《中华人民共和国广告法》相关知识。',
      '《中华人民共和国商标法》相关知识。',
      '《中华人民共和国产品质量法》相关知识。',
      '《中华人民共和国消费者权益保护法》相关知识。',
      '《中华人民共和国反不正当竞争法》相关知识。',
      '《中华人民共和国价格法》相关知识。',
      '《中华人民共和国电子商务法》相关知识。',
      '《中华人民共和国数据安全法》相关知识。',
      '《中华人民共和国个人信息保护法》相关知识。',
      '《互联网直播服务管理规定》相关知识。',
      '《关于加强网络直播营销活动监管的指导意见》相关知识。',
      '《网络交易监督管理办法》相关知识。',
      '《网络直播营销管理办法（试行）》相关知识。',
    ]),
  ],
};

/**
 * The titles of the 18 laws and regulations of §2.2.11, without book-title marks, e.g. "中华人民共和国电子商务法".
 * Note: the standard (2022) still lists 《中华人民共和国合同法》, repealed when the 民法典 took effect (2021-01-01).
 */
export const RELATED_LAWS: readonly string[] = (BASIC_KNOWLEDGE.sections.at(-1)?.items ?? []).map((item) =>
  item.replace(/^《(.*)》相关知识。$/, '$1'),
);

/**
 * Finds a section of 基本要求 (职业道德 or 基础知识) by its code.
 * @param code e.g. "2.1.2" or "2.2.11"
 * @returns the section, or undefined when there is none with that code
 */
export function basicRequirementSection(code: string): BasicRequirementSection | undefined {
  return [...PROFESSIONAL_ETHICS.sections, ...BASIC_KNOWLEDGE.sections].find((s) => s.code === code);
}
