import { describe, expect, it } from 'vitest';
import { BASIC_KNOWLEDGE, basicRequirementSection, PROFESSIONAL_ETHICS, RELATED_LAWS } from './basic-requirements.js';

describe('基本要求 (003 §2)', () => {
  it('has the 职业守则', () => {
    expect(basicRequirementSection('2.1.2')?.items).toEqual([
      '遵纪守法，爱岗敬业。',
      '诚信为本，热情服务。',
      '保守秘密，注重安全。',
      '勇于开拓，积极创新。',
    ]);
    expect(PROFESSIONAL_ETHICS.sections[0]?.name).toBe('职业道德基本知识');
  });

  it('has the eleven 基础知识 lists with their item counts', () => {
    expect(BASIC_KNOWLEDGE.sections.map((s) => [s.code, s.name, s.items.length])).toEqual([
      ['2.2.1', '网络应用基础', 8],
      ['2.2.2', '电子商务基本概念', 3],
      ['2.2.3', '网络营销基础', 4],
      ['2.2.4', '商品基础', 6],
      ['2.2.5', '物流基础', 4],
      ['2.2.6', '网络客户服务基础', 4],
      ['2.2.7', '网上支付知识', 4],
      ['2.2.8', '电子商务安全基础知识', 6],
      ['2.2.9', '数据分析基础知识', 3],
      ['2.2.10', '财务分析及投资方案基础', 2],
      ['2.2.11', '相关法律、法规基础知识', 18],
    ]);
  });

  it('lists the 18 laws and regulations', () => {
    expect(RELATED_LAWS).toHaveLength(18);
    expect(RELATED_LAWS[0]).toBe('中华人民共和国民法典');
    expect(RELATED_LAWS).toContain('中华人民共和国电子商务法');
    expect(RELATED_LAWS[17]).toBe('网络直播营销管理办法（试行）');
  });

  it('is cleaned of PDF spacing and carries sources', () => {
    for (const s of [...PROFESSIONAL_ETHICS.sections, ...BASIC_KNOWLEDGE.sections]) {
      expect(s.source).toEqual({ doc: '003', clause: s.code });
      for (const item of s.items) expect(item).not.toMatch(/\s|,/);
    }
    expect(basicRequirementSection('9.9')).toBeUndefined();
  });
});
