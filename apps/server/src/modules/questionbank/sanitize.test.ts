import { describe, expect, it } from 'vitest';
import { findNearDuplicates } from './fingerprint.js';
import { htmlToText, sanitizeRichText } from './sanitize.js';
import { normalizeForSearch, queryTokens, searchTokens } from './text.js';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Nothing executable may survive: no script element, event handler, javascript: URL or embedded document. */
function assertInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son\w+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/vbscript:/i);
  expect(html).not.toMatch(/<(iframe|object|embed|svg|math|style|link|meta|base|form|input)/i);
  expect(html).not.toMatch(/data:text\/html/i);
  expect(html).not.toMatch(/style=/i);
}

describe('sanitizeRichText', () => {
  const payloads = [
    '<script>alert(1)</script>选品',
    '<img src=x onerror=alert(1)>',
    '<img src="javascript:alert(1)">',
    '<IMG SRC=JaVaScRiPt:alert(1)>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<svg onload=alert(1)><circle/></svg>',
    '<a href="javascript:alert(1)">点我</a>',
    '<a href="  jav&#x09;ascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<body onload=alert(1)>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p onclick="alert(1)" onmouseover="alert(2)">文字</p>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name=a></form>',
    '<scr<script>ipt>alert(1)</scr</script>ipt>',
    '"><script>alert(1)</script>',
    '<details open ontoggle=alert(1)>',
    '<video><source onerror="alert(1)"></video>',
    '<base href="javascript:/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<style>@import "https://evil.example/x.css";</style>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  ];
  for (const payload of payloads) {
    it(`neutralises ${payload.slice(0, 60)}`, () => assertInert(sanitizeRichText(payload)));
  }

  it('keeps formatting, lists, tables, safe images and links', () => {
    const html =
      '<p><strong>粗</strong><em>斜</em><u>下</u><sub>2</sub><sup>3</sup></p><ul><li>一</li></ul><ol><li>二</li></ol>' +
      '<table><thead><tr><th>物流</th></tr></thead><tbody><tr><td colspan="2">FBA</td></tr></tbody></table>' +
      `<img src="https://cdn.example/a.png" alt="图" width="120" height="80"><img src="${PNG}" alt="p">` +
      '<a href="https://example.com" target="_blank">链接</a>';
    const out = sanitizeRichText(html);
    expect(out).toContain('<strong>粗</strong>');
    expect(out).toContain('<table><thead><tr><th>物流</th></tr></thead>');
    expect(out).toContain('<td colspan="2">FBA</td>');
    expect(out).toContain('<img src="https://cdn.example/a.png" alt="图" width="120" height="80" />');
    expect(out).toContain(`<img src="${PNG}" alt="p" />`);
    expect(out).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer">链接</a>');
  });

  it('drops images with refused sources and bad sizes, and adds rel to every link', () => {
    expect(sanitizeRichText('<img src="ftp://x/a.png">文')).toBe('文');
    expect(sanitizeRichText('<img src="data:image/bmp;base64,AAAA">')).toBe('');
    expect(sanitizeRichText('<img src="https://a/b.png" width="100;x:expression(alert(1))">')).toBe(
      '<img src="https://a/b.png" />',
    );
    expect(sanitizeRichText('<a href="https://a">x</a>')).toBe('<a href="https://a" rel="noopener noreferrer">x</a>');
  });
});

describe('search text and tokens', () => {
  it('strips HTML, turns full-width into half-width, lower-cases', () => {
    expect(normalizeForSearch('<p>跨境<b>电商</b></p><p>ＦＢＡ　仓库&amp;物流</p>')).toBe('跨境电商 fba 仓库&物流');
    expect(htmlToText('<script>x</script><p>a&lt;b</p>')).toBe('a<b');
  });

  it('indexes CJK bigrams and Latin trigrams, and a query needs only its own', () => {
    const tokens = new Set(searchTokens(normalizeForSearch('跨境电商选品 Amazon FBA')));
    for (const t of ['跨境', '境电', '电商', '商选', '选品', 'ama', 'zon', 'fba']) expect(tokens).toContain(t);
    expect(queryTokens('选品')).toEqual(['选品']);
    expect(queryTokens('选')).toEqual([]);
    expect(queryTokens('amaz')).toEqual(['ama', 'maz']);
  });
});

describe('findNearDuplicates', () => {
  const stems = [
    '<p>跨境电商卖家在亚马逊平台选品时，首先应分析的是（ ）。</p>',
    '跨境电商卖家在亚马逊平台选品时，首先应该分析的是（）',
    '下列关于国际物流方式的说法中，正确的是（ ）。',
  ];

  it('finds an incoming stem close to an existing one and to another incoming one', () => {
    const found = findNearDuplicates([stems[1]!, stems[2]!, { stem: stems[1]! }], [{ id: 'e1', stem: stems[0]! }], {
      threshold: 0.8,
    });
    expect(found).toContainEqual(expect.objectContaining({ index: 0, existingId: 'e1' }));
    expect(found).toContainEqual({ index: 2, existingId: null, otherIndex: 0, similarity: 1 });
    expect(found.some((d) => d.index === 1)).toBe(false);
    for (const d of found) expect(d.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('reports nothing for different stems', () => {
    expect(findNearDuplicates([stems[2]!], [{ id: 'e1', stem: stems[0]! }])).toEqual([]);
  });
});
