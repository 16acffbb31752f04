import type { QuestionDraft } from '@crossskill/contracts';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture, mixedPackageWithoutManifest, qti2Package } from './fixtures/packages.js';
import { exportQti3, parseQtiPackage, toXhtml } from './qti.js';

describe('parseQtiPackage (QTI 2.1 / 2.2 package)', () => {
  const result = parseQtiPackage(qti2Package());

  it('imports the supported items and skips the rest with a reason', () => {
    expect(result.problems).toEqual([]);
    expect(result.items).toEqual(['fba-meaning', 'platforms', 'tax', 'incoterms', 'selection']);
    expect(result.skipped).toEqual([
      { identifier: 'hotspot', reason: '不支持的交互类型：热点题（hotspotInteraction）' },
    ]);
  });

  it('reads a single choice: stem with the prompt, options, key, points, inlined images', () => {
    const d = result.drafts[0]!;
    expect(d.type).toBe('single');
    expect(d.stem).toContain('跨境电商中 <b>FBA</b> 指的是什么？');
    expect(d.stem).toContain('<img src="data:image/png;base64,');
    expect(d.stem).toContain('请选择一项。');
    expect(d.options).toEqual([
      { key: 'A', content: '海外仓自营' },
      { key: 'B', content: '亚马逊物流服务 &amp; 配送' },
      { key: 'C', content: '直邮小包' },
    ]);
    expect(d.answer).toEqual({ type: 'single', key: 'B' });
    expect(d).toMatchObject({ points: 2, shuffleOptions: true, difficulty: 3, tags: null });
  });

  it('reads multiple choice by cardinality, true/false by its two choices', () => {
    expect(result.drafts[1]).toMatchObject({
      type: 'multiple',
      answer: { type: 'multiple', keys: ['A', 'C'] },
      points: 1,
      shuffleOptions: false,
    });
    expect(result.drafts[2]).toMatchObject({
      type: 'true_false',
      answer: { type: 'true_false', value: false },
      options: [],
      shuffleOptions: false,
    });
  });

  it('reads text entries as blanks with the mapping as accepted variants', () => {
    const d = result.drafts[3]!;
    expect(d.type).toBe('fill_blank');
    expect(d.stem).toBe('<p>FOB 的中文是 ____，到岸价的英文缩写是 ____。</p>');
    expect(d.answer).toEqual({
      type: 'fill_blank',
      blanks: [{ accepted: ['离岸价', '船上交货价'] }, { accepted: ['CIF'] }],
      caseSensitive: false,
    });
  });

  it('reads extended text as a short answer with the rubric block as reference', () => {
    const d = result.drafts[4]!;
    expect(d.stem).toBe('简述跨境电商选品的基本原则。');
    expect(d.answer).toEqual({
      type: 'short_answer',
      reference: '<p>答出市场需求、利润空间、物流适配即可。</p>',
      rubric: [{ criterion: '参照参考答案评分', points: 5 }],
    });
    expect(d.points).toBe(5);
  });
});

describe('parseQtiPackage (other inputs)', () => {
  it('skips every unsupported kind of item, with its identifier, in a zip without a manifest', () => {
    const r = parseQtiPackage(mixedPackageWithoutManifest());
    expect(r.problems).toEqual([]);
    expect(r.items).toEqual(['v3-choice']);
    expect(r.drafts[0]).toMatchObject({ type: 'single', answer: { key: 'B' }, points: 1.5 });
    const reasons = Object.fromEntries(r.skipped.map((s) => [s.identifier, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      [
        'adaptive',
        'custom',
        'feedback-only',
        'gap',
        'hotspot',
        'match',
        'order',
        'template',
        'upload',
        'v3-pci',
      ].sort(),
    );
    expect(reasons.order).toContain('排序题');
    expect(reasons.match).toContain('匹配题');
    expect(reasons.gap).toContain('拖放填空题');
    expect(reasons.upload).toContain('上传文件题');
    expect(reasons.custom).toContain('自定义交互题');
    expect(reasons['v3-pci']).toContain('PCI');
    expect(reasons['feedback-only']).toContain('没有作答交互');
    expect(reasons.template).toContain('模板');
    expect(reasons.adaptive).toContain('自适应');
  });

  it('reads a single QTI 3 XML file', () => {
    const r = parseQtiPackage(strToU8(fixture('choice-v3.xml')));
    expect(r.items).toEqual(['v3-choice']);
    expect(r.drafts[0]!.options.map((o) => o.content)).toEqual(['运费最低', '本地发货、时效快']);
  });

  it('reports broken files and items as problems, not exceptions', () => {
    expect(parseQtiPackage(strToU8('hello')).problems[0]!.message).toContain('既不是');
    expect(parseQtiPackage(Uint8Array.from([0x50, 0x4b, 3, 4, 9, 9, 9])).problems[0]!.message).toContain('zip');
    const broken = parseQtiPackage(strToU8('<assessmentItem identifier="x"><itemBody></assessmentItem>'));
    expect(broken.problems[0]!.message).toContain('XML 格式错误');
    const noKey = fixture('choice-v3.xml').replace(/<qti-correct-response>.*<\/qti-correct-response>/, '');
    expect(parseQtiPackage(strToU8(noKey)).problems).toEqual([
      { identifier: 'v3-choice', message: '选择题没有标准答案（correctResponse）' },
    ]);
    const missing = zipSync({
      'imsmanifest.xml': strToU8(
        '<manifest><resources><resource identifier="R" type="imsqti_item_xmlv3p0" href="gone.xml"/></resources></manifest>',
      ),
    });
    expect(parseQtiPackage(missing).problems[0]!.message).toContain('不在压缩包中');
  });

  it('does not expand DOCTYPE entities', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "XXXXXXXXXX"><!ENTITY y "&x;&x;&x;&x;&x;">]>${fixture(
      'choice-v3.xml',
    )
      .replace(/<\?xml[^>]*>/, '')
      .replace('运费最低', '&y;')}`;
    const r = parseQtiPackage(strToU8(xml));
    expect(JSON.stringify(r)).not.toContain('XXXXXXXXXX');
  });
});

describe('exportQti3', () => {
  const tags = {
    standardVersionId: '11111111-1111-4111-8111-111111111111',
    level: 4 as const,
    workType: '网商' as const,
    functionId: 'L4/F4',
    contentId: 'L4/F4/C4.2',
    knowledgeId: 'L4/F4/C4.2/K4.2.1',
    basicItem: null,
  };
  const base = { shuffleOptions: false, difficulty: 3, tags: null, source: null, explanation: null };
  const drafts: QuestionDraft[] = [
    {
      ...base,
      type: 'single',
      stem: '<p>带图片 <img src="https://example.com/a.png" alt="a"> &nbsp;和 &amp; 符号</p>',
      options: [
        { key: 'A', content: '甲<br>乙' },
        { key: 'B', content: '<b>丙</b>' },
      ],
      answer: { type: 'single', key: 'B' },
      points: 2,
      difficulty: 4,
      tags,
      source: '教材',
      explanation: '因为……',
      shuffleOptions: false,
    },
    {
      ...base,
      type: 'multiple',
      stem: '多选',
      options: ['A', 'B', 'C'].map((k) => ({ key: k as 'A', content: `选项${k}` })),
      answer: { type: 'multiple', keys: ['A', 'C'] },
      points: 3,
      shuffleOptions: true,
    },
    {
      ...base,
      type: 'true_false',
      stem: '判断',
      options: [],
      answer: { type: 'true_false', value: true },
      points: 1,
      shuffleOptions: false,
    },
    {
      ...base,
      type: 'fill_blank',
      stem: 'FOB 是____，CIF 是____。',
      options: [],
      answer: {
        type: 'fill_blank',
        blanks: [{ accepted: ['离岸价', 'A<B'] }, { accepted: ['到岸价'] }],
        caseSensitive: true,
      },
      points: 2,
    },
    {
      ...base,
      type: 'short_answer',
      stem: '简述',
      options: [],
      answer: {
        type: 'short_answer',
        reference: '<p>第一行</p><p>第二行 <b>粗</b> &amp;</p>',
        rubric: [
          { criterion: '要点一', points: 2 },
          { criterion: '要点二', points: 3 },
        ],
      },
      points: 5,
    },
    {
      ...base,
      type: 'case_analysis',
      stem: '案例',
      options: [],
      answer: { type: 'case_analysis', rubric: [{ criterion: '分析', points: 10 }] },
      points: 10,
    },
  ];

  it('writes a QTI 3.0 package: manifest and one item per question', () => {
    const files = unzipSync(
      exportQti3(drafts.map((d, i) => ({ ...d, id: `0000000${i}-aaaa-4aaa-8aaa-aaaaaaaaaaaa` }))),
    );
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(7);
    expect(names).toContain('imsmanifest.xml');
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(manifest).toContain('type="imsqti_item_xmlv3p0"');
    const single = new TextDecoder().decode(files['items/Q-00000000-aaaa-4aaa-8aaa-aaaaaaaaaaaa.xml']);
    for (const part of [
      '<qti-assessment-item',
      'qti-response-declaration',
      '<qti-correct-response><qti-value>B</qti-value>',
      '<qti-item-body>',
      '<qti-choice-interaction',
      'rptemplates/match_correct.xml',
      '<br/>',
      '&#160;',
    ]) {
      expect(single).toContain(part);
    }
    const fill = new TextDecoder().decode(files['items/Q-00000003-aaaa-4aaa-8aaa-aaaaaaaaaaaa.xml']);
    expect(fill.match(/<qti-text-entry-interaction/g)).toHaveLength(2);
    const essay = new TextDecoder().decode(files['items/Q-00000004-aaaa-4aaa-8aaa-aaaaaaaaaaaa.xml']);
    expect(essay).toContain('<qti-extended-text-interaction');
  });

  it('round-trips: export then import gives the same items', () => {
    const back = parseQtiPackage(exportQti3(drafts));
    expect(back.problems).toEqual([]);
    expect(back.skipped).toEqual([]);
    const expected = structuredClone(drafts);
    // &nbsp; becomes the character itself (XML has no named entity for it).
    expected[0]!.stem = expected[0]!.stem.replace('&nbsp;', '&#160;');
    expect(back.drafts).toEqual(expected);
  });

  it('makes HTML well-formed XML', () => {
    expect(toXhtml('a<br>b<img src="x" alt="y">&nbsp;&copy; & <hr />')).toBe(
      'a<br/>b<img src="x" alt="y"/>&#160;&#169; &amp; <hr/>',
    );
  });
});
