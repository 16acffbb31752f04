import {
  type Answer,
  OPTION_KEYS,
  type QuestionDraft,
  type QuestionType,
  questionDraftSchema,
} from '@crossskill/contracts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { zhCN } from 'zod/locales';
import { escapeHtml, textOfHtml, unescapeHtml } from './text.js';

/**
 * IMS QTI import (2.1, 2.2 and 3.0 items, in a content package or as a single XML file) and QTI 3.0 export.
 *
 * Supported: choice interactions (single / multiple by cardinality; two choices 正确/错误 or true/false make a
 * true/false item), text entries (fill in the blanks; mapping entries are accepted variants) and extended text
 * (short answer; a rubric block gives the reference answer and the rubric). Everything else is skipped with a
 * reason. What QTI has no place for (difficulty, standard tags, source, explanation, case analysis) travels in
 * the manifest as a `cs:draft` JSON element on the item's resource, which other tools ignore.
 */

export const BLANK = '____';
const CS_NS = 'https://crossskill.cn/xsd/qti-extension/v1';
const QTI3_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;
const MAX_FILES = 5000;
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export interface QtiSkipped {
  identifier: string;
  reason: string;
}
export interface QtiProblem {
  /** The item identifier (or the file name when the file itself is broken). */
  identifier: string;
  message: string;
}
export interface QtiParseResult {
  drafts: QuestionDraft[];
  /** The identifier of each draft's item. */
  items: string[];
  skipped: QtiSkipped[];
  problems: QtiProblem[];
}

// ---------------------------------------------------------------------------------------------------------
// A small DOM over fast-xml-parser's ordered output

interface El {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
type XNode = El | { text: string };
const isEl = (n: XNode): n is El => 'name' in n;

/** QTI 3 names ('qti-choice-interaction', 'response-identifier') → QTI 2 names ('choiceInteraction'). */
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const canonName = (s: string) => (s.startsWith('qti-') ? camel(s.slice(4)) : s);

type Raw = Record<string, unknown>;
function convert(list: Raw[]): XNode[] {
  const out: XNode[] = [];
  for (const item of list) {
    const attrsRaw = (item[':@'] ?? {}) as Record<string, string>;
    for (const [k, v] of Object.entries(item)) {
      if (k === ':@') continue;
      if (k === '#text') out.push({ text: String(v) });
      else if (k === '#cdata') {
        const inner = (v as Raw[]).map((c) => String(c['#text'] ?? '')).join('');
        out.push({ text: escapeHtml(inner) });
      } else {
        const attrs: Record<string, string> = {};
        for (const [a, val] of Object.entries(attrsRaw)) if (!a.startsWith('xmlns')) attrs[a] = String(val);
        out.push({ name: k, attrs, children: convert(v as Raw[]) });
      }
    }
  }
  return out;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Entities stay escaped: text nodes are then valid HTML as they are, and no DOCTYPE entity is expanded.
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function parseXml(xml: string): El | string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return `XML 格式错误（第 ${valid.err.line} 行）：${valid.err.msg}`;
  const root = convert(parser.parse(xml) as Raw[]).find(isEl);
  return root ?? 'XML 中没有内容';
}

const attr = (el: El, name: string): string | undefined => {
  const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const v = el.attrs[name] ?? el.attrs[kebab];
  return v === undefined ? undefined : unescapeHtml(v);
};
const kids = (el: El, name?: string) =>
  el.children.filter((c): c is El => isEl(c) && (name === undefined || canonName(c.name) === name));
const kid = (el: El, name: string) => kids(el, name)[0];
function* descendants(el: El): Generator<El> {
  for (const c of el.children) {
    if (!isEl(c)) continue;
    yield c;
    yield* descendants(c);
  }
}
const textOf = (el: El): string => unescapeHtml(el.children.map((c) => (isEl(c) ? textOf(c) : c.text)).join('')).trim();

const VOID = new Set(['br', 'hr', 'img', 'col', 'area', 'wbr']);

interface HtmlContext {
  /** Replaces an element (an interaction, a rubric) with HTML, or undefined to serialise it normally. */
  replace?: (el: El) => string | undefined;
  /** Resolves an image path inside the package to a data: URL. */
  image?: (src: string) => string | undefined;
}

function html(nodes: XNode[], cx: HtmlContext): string {
  let out = '';
  for (const n of nodes) {
    if (!isEl(n)) {
      out += n.text;
      continue;
    }
    const replaced = cx.replace?.(n);
    if (replaced !== undefined) {
      out += replaced;
      continue;
    }
    const name = n.name;
    let attrs = '';
    for (const [k, v] of Object.entries(n.attrs)) {
      let value = v;
      if (name === 'img' && k === 'src' && cx.image) value = cx.image(unescapeHtml(v)) ?? v;
      attrs += ` ${k}="${value.replace(/"/g, '&quot;')}"`;
    }
    out += VOID.has(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${html(n.children, cx)}</${name}>`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Import

const SUPPORTED = new Set(['choiceInteraction', 'textEntryInteraction', 'extendedTextInteraction']);
const INTERACTION_LABELS: Record<string, string> = {
  hotspotInteraction: '热点题',
  graphicOrderInteraction: '图形排序题',
  graphicAssociateInteraction: '图形关联题',
  graphicGapMatchInteraction: '图形填空匹配题',
  selectPointInteraction: '选点题',
  positionObjectInteraction: '放置对象题',
  orderInteraction: '排序题',
  matchInteraction: '匹配题',
  associateInteraction: '关联题',
  gapMatchInteraction: '拖放填空题',
  hottextInteraction: '热文本题',
  inlineChoiceInteraction: '下拉选择填空题',
  sliderInteraction: '滑块题',
  uploadInteraction: '上传文件题',
  drawingInteraction: '绘图题',
  mediaInteraction: '媒体交互题',
  customInteraction: '自定义交互题',
  portableCustomInteraction: '可移植自定义交互（PCI）题',
  endAttemptInteraction: '结束作答交互',
};
const TRUE_TEXTS = new Set(['正确', '对', 'true', '是', '√', 't']);
const FALSE_TEXTS = new Set(['错误', '错', 'false', '否', '×', 'f']);

interface Extension {
  type?: QuestionType;
  difficulty?: number;
  points?: number;
  tags?: QuestionDraft['tags'];
  source?: string | null;
  explanation?: string | null;
  shuffleOptions?: boolean;
}

interface ItemFile {
  path: string;
  xml: string;
  extension?: Extension;
}

type ItemOutcome =
  | { kind: 'draft'; identifier: string; draft: unknown }
  | { kind: 'skipped'; identifier: string; reason: string }
  | { kind: 'problem'; identifier: string; message: string };

const zhLocale = zhCN().localeError;

function declarations(item: El): Map<string, El> {
  const map = new Map<string, El>();
  for (const d of kids(item, 'responseDeclaration')) {
    const id = attr(d, 'identifier');
    if (id) map.set(id, d);
  }
  return map;
}
const correctValues = (decl: El | undefined) =>
  decl ? kids(kid(decl, 'correctResponse') ?? { name: '', attrs: {}, children: [] }, 'value').map(textOf) : [];

function maxScore(item: El, decls: Map<string, El>): number | undefined {
  for (const o of kids(item, 'outcomeDeclaration')) {
    if (attr(o, 'identifier') !== 'SCORE') continue;
    const max = Number(attr(o, 'normalMaximum'));
    if (Number.isFinite(max) && max > 0) return max;
  }
  let fromMapping = 0;
  for (const d of decls.values()) {
    const mapping = kid(d, 'mapping');
    if (!mapping) continue;
    const upper = Number(attr(mapping, 'upperBound'));
    const best = Math.max(0, ...kids(mapping, 'mapEntry').map((e) => Number(attr(e, 'mappedValue')) || 0));
    fromMapping += Number.isFinite(upper) && upper > 0 ? upper : best;
  }
  return fromMapping > 0 ? fromMapping : undefined;
}

function readItem(file: ItemFile, images: (base: string, src: string) => string | undefined): ItemOutcome {
  const root = parseXml(file.xml);
  if (typeof root === 'string') return { kind: 'problem', identifier: file.path, message: root };
  const item = root;
  if (canonName(item.name) !== 'assessmentItem') {
    return { kind: 'skipped', identifier: file.path, reason: `不是试题（根元素为 ${item.name}）` };
  }
  const identifier = attr(item, 'identifier') ?? file.path;
  const skip = (reason: string): ItemOutcome => ({ kind: 'skipped', identifier, reason });
  const problem = (message: string): ItemOutcome => ({ kind: 'problem', identifier, message });

  if (attr(item, 'adaptive') === 'true') return skip('自适应（adaptive）试题不支持导入');
  if (kids(item, 'templateDeclaration').length > 0 || kid(item, 'templateProcessing')) {
    return skip('含模板变量（template）的试题不支持导入');
  }
  const body = kid(item, 'itemBody');
  if (!body) return skip('试题没有题目内容（itemBody）');
  const all = [...descendants(body)];
  const interactions = all.filter((e) => canonName(e.name).endsWith('Interaction'));
  const unsupported = interactions.find((e) => !SUPPORTED.has(canonName(e.name)));
  if (unsupported) {
    const name = canonName(unsupported.name);
    return skip(`不支持的交互类型：${INTERACTION_LABELS[name] ?? name}（${name}）`);
  }
  if (interactions.length === 0) return skip('试题没有作答交互（仅含说明或反馈），不是可导入的试题');
  const kinds = new Set(interactions.map((e) => canonName(e.name)));
  if (kinds.size > 1) return skip(`一道试题中包含多种交互（${[...kinds].join('、')}），属于复合题，不支持导入`);
  const kind = [...kinds][0]!;
  if (kind !== 'textEntryInteraction' && interactions.length > 1)
    return skip(`一道试题中有 ${interactions.length} 个作答交互，不支持导入`);

  const decls = declarations(item);
  const base = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : '';
  const image = (src: string) => images(base, src);
  const ext = file.extension ?? {};
  const rubricBlocks: El[] = [];
  const optionsOut: { key: (typeof OPTION_KEYS)[number]; content: string }[] = [];

  const stemContext: HtmlContext = {
    image,
    replace(el) {
      const name = canonName(el.name);
      if (name === 'choiceInteraction' || name === 'extendedTextInteraction') {
        const prompt = kid(el, 'prompt');
        return prompt ? html(prompt.children, stemContext) : '';
      }
      if (name === 'textEntryInteraction') return BLANK;
      if (name === 'rubricBlock') {
        rubricBlocks.push(el);
        return '';
      }
      if (name.startsWith('feedback') || name.startsWith('template') || name === 'printedVariable') return '';
      if (name === 'div' && el.attrs.class === 'cs-stem') return html(el.children, stemContext);
      return undefined;
    },
  };
  const stem = html(body.children, stemContext).trim();
  const points = ext.points ?? maxScore(item, decls) ?? 1;

  let type: QuestionType;
  let answer: Answer;
  let shuffleOptions = false;
  if (kind === 'choiceInteraction') {
    const ci = interactions[0]!;
    const responseId = attr(ci, 'responseIdentifier') ?? 'RESPONSE';
    const decl = decls.get(responseId);
    if (!decl) return problem(`找不到作答声明 ${responseId}（responseDeclaration）`);
    const choices = kids(ci, 'simpleChoice');
    if (choices.length > OPTION_KEYS.length)
      return problem(`选项有 ${choices.length} 个，最多支持 ${OPTION_KEYS.length} 个`);
    if (choices.length < 2) return problem('选择题至少需要两个选项');
    const keyOf = new Map<string, (typeof OPTION_KEYS)[number]>();
    choices.forEach((c, i) => {
      keyOf.set(attr(c, 'identifier') ?? '', OPTION_KEYS[i]!);
      optionsOut.push({ key: OPTION_KEYS[i]!, content: html(c.children, { image }).trim() });
    });
    shuffleOptions = attr(ci, 'shuffle') === 'true';
    const correct = correctValues(decl);
    if (correct.length === 0) return problem('选择题没有标准答案（correctResponse）');
    const unknown = correct.filter((v) => !keyOf.has(v));
    if (unknown.length > 0) return problem(`标准答案 ${unknown.join('、')} 不是任何选项的标识`);
    const keys = correct.map((v) => keyOf.get(v)!);
    const cardinality = attr(decl, 'cardinality') ?? 'single';
    const texts = choices.map((c) => textOf(c).toLowerCase());
    const isTrueFalse =
      cardinality === 'single' &&
      choices.length === 2 &&
      texts.some((t) => TRUE_TEXTS.has(t)) &&
      texts.some((t) => FALSE_TEXTS.has(t));
    if (isTrueFalse) {
      type = 'true_false';
      const chosen = texts[OPTION_KEYS.indexOf(keys[0]!)]!;
      answer = { type, value: TRUE_TEXTS.has(chosen) };
      optionsOut.length = 0;
    } else if (cardinality === 'single') {
      if (keys.length !== 1) return problem('单选题（cardinality="single"）只能有一个标准答案');
      type = 'single';
      answer = { type, key: keys[0]! };
    } else if (cardinality === 'multiple') {
      type = 'multiple';
      answer = { type, keys: [...new Set(keys)].sort() };
    } else {
      return skip(`不支持的作答基数 cardinality="${cardinality}"`);
    }
  } else if (kind === 'textEntryInteraction') {
    type = 'fill_blank';
    let caseSensitive = false;
    const blanks: { accepted: string[] }[] = [];
    for (const te of interactions) {
      const responseId = attr(te, 'responseIdentifier') ?? 'RESPONSE';
      const decl = decls.get(responseId);
      if (!decl) return problem(`找不到作答声明 ${responseId}（responseDeclaration）`);
      const accepted = correctValues(decl);
      const mapping = kid(decl, 'mapping');
      for (const e of mapping ? kids(mapping, 'mapEntry') : []) {
        const mapped = Number(attr(e, 'mappedValue'));
        const k = attr(e, 'mapKey');
        if (k && mapped > 0) accepted.push(k);
        if (attr(e, 'caseSensitive') === 'true') caseSensitive = true;
      }
      const unique = [...new Set(accepted.map((a) => a.trim()).filter(Boolean))];
      if (unique.length === 0) return problem(`填空 ${responseId} 没有标准答案（correctResponse 或 mapping）`);
      blanks.push({ accepted: unique });
    }
    answer = { type, blanks, caseSensitive };
  } else {
    type = ext.type === 'case_analysis' ? 'case_analysis' : 'short_answer';
    let reference = '';
    const rubric: { criterion: string; points: number }[] = [];
    for (const rb of rubricBlocks) {
      const container = kid(rb, 'contentBody') ?? rb;
      for (const el of descendants(container)) {
        const p = el.attrs['data-points'];
        if (el.name === 'li' && p !== undefined && Number(p) > 0)
          rubric.push({ criterion: textOf(el), points: Number(p) });
      }
      // Ours: <div class="cs-reference">; anyone else's: the block's content.
      const own = [...descendants(container)].find((e) => e.name === 'div' && e.attrs.class === 'cs-reference');
      const part = own
        ? html(own.children, { image })
        : html(container.children, {
            image,
            replace: (el) => (el.name === 'ul' && el.attrs.class === 'cs-rubric' ? '' : undefined),
          });
      if (part.trim()) reference += part.trim();
    }
    if (rubric.length === 0) rubric.push({ criterion: '参照参考答案评分', points });
    answer = reference ? { type, reference, rubric } : { type, rubric };
  }

  return {
    kind: 'draft',
    identifier,
    draft: {
      type,
      stem,
      options: optionsOut,
      answer,
      shuffleOptions: type === 'single' || type === 'multiple' ? (ext.shuffleOptions ?? shuffleOptions) : false,
      points,
      difficulty: ext.difficulty ?? 3,
      tags: ext.tags ?? null,
      source: ext.source ?? null,
      explanation: ext.explanation ?? null,
    },
  };
}

/** Decompresses a zip with limits on the number of files and their total size (no zip bombs). */
function unzip(buf: Uint8Array): Record<string, Uint8Array> | string {
  let total = 0;
  let count = 0;
  let tooBig = false;
  try {
    const files = unzipSync(buf, {
      filter(file) {
        count += 1;
        total += file.originalSize;
        if (count > MAX_FILES || total > MAX_PACKAGE_BYTES) tooBig = true;
        return !tooBig && !file.name.endsWith('/');
      },
    });
    if (tooBig) return `压缩包过大：最多 ${MAX_FILES} 个文件、解压后不超过 ${MAX_PACKAGE_BYTES / 1024 / 1024} MB`;
    return files;
  } catch {
    return '文件不是有效的 zip 压缩包，或已损坏';
  }
}

const decoder = new TextDecoder('utf-8');
const decode = (b: Uint8Array) => decoder.decode(b).replace(/^\uFEFF/, '');

function normalisePath(base: string, href: string): string {
  const parts: string[] = [];
  for (const p of `${base}${decodeURIComponent(href)}`.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** Reads the manifest's item resources (href and our extension); undefined when there is no usable manifest. */
function manifestItems(files: Record<string, Uint8Array>): ItemFile[] | string | undefined {
  const name = Object.keys(files).find(
    (n) => n.toLowerCase() === 'imsmanifest.xml' || n.toLowerCase().endsWith('/imsmanifest.xml'),
  );
  if (!name) return undefined;
  const root = parseXml(decode(files[name]!));
  if (typeof root === 'string') return `imsmanifest.xml ${root}`;
  const base = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
  const resources = kid(root, 'resources');
  const out: ItemFile[] = [];
  for (const r of resources ? kids(resources, 'resource') : []) {
    const type = attr(r, 'type') ?? '';
    if (!type.startsWith('imsqti_item_xml')) continue;
    const href = attr(r, 'href') ?? kid(r, 'file')?.attrs.href;
    if (!href) continue;
    const path = normalisePath(base, href);
    const data = files[path];
    if (!data) {
      out.push({ path, xml: '' });
      continue;
    }
    let extension: Extension | undefined;
    const meta = kid(r, 'metadata');
    const draftEl = meta ? kids(meta).find((e) => e.name === 'draft') : undefined;
    if (draftEl) {
      try {
        extension = JSON.parse(textOf(draftEl)) as Extension;
      } catch {
        extension = undefined;
      }
    }
    out.push(extension ? { path, xml: decode(data), extension } : { path, xml: decode(data) });
  }
  return out;
}

/** Reads a QTI package (zip with imsmanifest.xml, or a zip of item files) or a single item XML. */
export function parseQtiPackage(input: Uint8Array): QtiParseResult {
  const result: QtiParseResult = { drafts: [], items: [], skipped: [], problems: [] };
  const isZip = input[0] === 0x50 && input[1] === 0x4b;
  let files: Record<string, Uint8Array> = {};
  let itemFiles: ItemFile[];
  if (isZip) {
    const unzipped = unzip(input);
    if (typeof unzipped === 'string') {
      result.problems.push({ identifier: '', message: unzipped });
      return result;
    }
    files = unzipped;
    const fromManifest = manifestItems(files);
    if (typeof fromManifest === 'string') {
      result.problems.push({ identifier: 'imsmanifest.xml', message: fromManifest });
      return result;
    }
    itemFiles =
      fromManifest ??
      Object.keys(files)
        .filter((n) => n.toLowerCase().endsWith('.xml'))
        .sort()
        .map((path) => ({ path, xml: decode(files[path]!) }))
        .filter((f) => /<(?:\w+:)?(?:assessmentItem|qti-assessment-item)[\s>]/.test(f.xml));
  } else {
    const xml = decode(input).trim();
    if (!xml.startsWith('<')) {
      result.problems.push({ identifier: '', message: '文件既不是 QTI 压缩包（.zip），也不是 XML 文件' });
      return result;
    }
    itemFiles = [{ path: 'item.xml', xml }];
  }
  if (itemFiles.length === 0) {
    result.problems.push({ identifier: '', message: '压缩包中没有 QTI 试题（assessmentItem）' });
    return result;
  }
  const images = (base: string, src: string): string | undefined => {
    if (/^(?:[a-z]+:|\/\/)/i.test(src)) return undefined;
    const path = normalisePath(base, src);
    const data = files[path];
    const mime = IMAGE_TYPES[path.split('.').pop()?.toLowerCase() ?? ''];
    if (!data || !mime || data.length > MAX_IMAGE_BYTES) return undefined;
    return `data:${mime};base64,${Buffer.from(data).toString('base64')}`;
  };
  for (const file of itemFiles) {
    if (!file.xml) {
      result.problems.push({ identifier: file.path, message: `清单中列出的文件 ${file.path} 不在压缩包中` });
      continue;
    }
    const outcome = readItem(file, images);
    if (outcome.kind === 'skipped') result.skipped.push({ identifier: outcome.identifier, reason: outcome.reason });
    else if (outcome.kind === 'problem')
      result.problems.push({ identifier: outcome.identifier, message: outcome.message });
    else {
      const parsed = questionDraftSchema.safeParse(outcome.draft, { error: zhLocale });
      if (parsed.success) {
        result.drafts.push(parsed.data);
        result.items.push(outcome.identifier);
      } else {
        for (const issue of parsed.error.issues) {
          result.problems.push({
            identifier: outcome.identifier,
            message: `${issue.path.join('.') || '试题'}：${issue.message}`,
          });
        }
      }
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Export (QTI 3.0)

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Sanitised HTML → well-formed XHTML: void elements closed, HTML-only entities as numbers, stray '&' escaped. */
export function toXhtml(htmlText: string): string {
  return htmlText
    .replace(
      /<(br|hr|img|col|area|wbr)(\s[^<>]*?)?\s*\/?>/gi,
      (_, tag: string, attrs = '') => `<${tag.toLowerCase()}${attrs.trimEnd()}/>`,
    )
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);|&/gi, (m, e: string | undefined) => {
      if (!e) return '&amp;';
      if (e[0] === '#' || XML_ENTITIES.has(e)) return m;
      const decoded = unescapeHtml(m);
      return decoded === m ? `&amp;${e};` : `&#${decoded.codePointAt(0)};`;
    });
}

const xmlAttr = (s: string) => escapeHtml(s).replace(/'/g, '&apos;');

export interface ExportItem extends QuestionDraft {
  /** Used in the item's identifier; the position in the list otherwise. */
  id?: string;
}

const RP = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';

function itemXml(q: ExportItem, identifier: string): string {
  const decls: string[] = [];
  let body: string;
  let processing = '';
  const stemDiv = (inner: string) => `<div class="cs-stem">${inner}</div>`;
  const a = q.answer;
  switch (a.type) {
    case 'single':
    case 'multiple':
    case 'true_false': {
      const isTf = a.type === 'true_false';
      const choices = isTf
        ? [
            { key: 'T', content: '正确' },
            { key: 'F', content: '错误' },
          ]
        : q.options;
      const correct = a.type === 'single' ? [a.key] : a.type === 'multiple' ? a.keys : [a.value ? 'T' : 'F'];
      const cardinality = a.type === 'multiple' ? 'multiple' : 'single';
      decls.push(
        `<qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="identifier"><qti-correct-response>${correct
          .map((k) => `<qti-value>${k}</qti-value>`)
          .join('')}</qti-correct-response></qti-response-declaration>`,
      );
      const shuffle = q.shuffleOptions;
      body = `${stemDiv(toXhtml(q.stem))}<qti-choice-interaction response-identifier="RESPONSE" shuffle="${shuffle}" max-choices="${
        cardinality === 'single' ? 1 : 0
      }">${choices.map((c) => `<qti-simple-choice identifier="${c.key}">${toXhtml(c.content)}</qti-simple-choice>`).join('')}</qti-choice-interaction>`;
      processing = `<qti-response-processing template="${RP}/match_correct.xml"/>`;
      break;
    }
    case 'fill_blank': {
      let n = 0;
      const ids = a.blanks.map((_, i) => `RESPONSE_${i + 1}`);
      a.blanks.forEach((b, i) => {
        const entries = b.accepted
          .map((v) => `<qti-map-entry map-key="${xmlAttr(v)}" mapped-value="1" case-sensitive="${a.caseSensitive}"/>`)
          .join('');
        decls.push(
          `<qti-response-declaration identifier="${ids[i]}" cardinality="single" base-type="string"><qti-correct-response><qti-value>${escapeHtml(
            b.accepted[0]!,
          )}</qti-value></qti-correct-response><qti-mapping default-value="0" upper-bound="1">${entries}</qti-mapping></qti-response-declaration>`,
        );
      });
      const entry = (id: string) => `<qti-text-entry-interaction response-identifier="${id}"/>`;
      let stem = toXhtml(q.stem).replace(/_{2,}/g, () => (n < ids.length ? entry(ids[n++]!) : BLANK));
      if (n < ids.length) stem += ` ${ids.slice(n).map(entry).join(' ')}`;
      body = stemDiv(stem);
      const perBlank = q.points / a.blanks.length;
      processing = `<qti-response-processing><qti-set-outcome-value identifier="SCORE"><qti-product><qti-sum>${ids
        .map((id) => `<qti-map-response identifier="${id}"/>`)
        .join(
          '',
        )}</qti-sum><qti-base-value base-type="float">${perBlank}</qti-base-value></qti-product></qti-set-outcome-value></qti-response-processing>`;
      break;
    }
    default: {
      decls.push('<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>');
      const reference = a.reference ? `<div class="cs-reference">${toXhtml(a.reference)}</div>` : '';
      const rubric = `<ul class="cs-rubric">${a.rubric
        .map((r) => `<li data-points="${r.points}">${escapeHtml(r.criterion)}</li>`)
        .join('')}</ul>`;
      body = `${stemDiv(toXhtml(q.stem))}<qti-rubric-block use="scoring" view="scorer"><qti-content-body>${reference}${rubric}</qti-content-body></qti-rubric-block><qti-extended-text-interaction response-identifier="RESPONSE"/>`;
      break;
    }
  }
  const title = textOfHtml(q.stem).slice(0, 60).replace(/\s+/g, ' ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI3_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI3_NS} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd" identifier="${identifier}" title="${xmlAttr(
    title,
  )}" adaptive="false" time-dependent="false" xml:lang="zh-CN">
${decls.join('\n')}
<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float" normal-maximum="${q.points}"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>
<qti-item-body>${body}</qti-item-body>
${processing}
</qti-assessment-item>
`;
}

/** Items as a QTI 3.0 content package: imsmanifest.xml and items/<identifier>.xml. */
export function exportQti3(questions: readonly ExportItem[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const resources: string[] = [];
  questions.forEach((q, i) => {
    const identifier = q.id ? `Q-${q.id}` : `Q-${String(i + 1).padStart(5, '0')}`;
    const href = `items/${identifier}.xml`;
    files[href] = strToU8(itemXml(q, identifier));
    const extension: Extension = {
      type: q.type,
      difficulty: q.difficulty,
      points: q.points,
      tags: q.tags,
      source: q.source,
      explanation: q.explanation,
      shuffleOptions: q.shuffleOptions,
    };
    resources.push(
      `<resource identifier="${identifier}" type="imsqti_item_xmlv3p0" href="${href}"><metadata><cs:draft>${escapeHtml(
        JSON.stringify(extension),
      )}</cs:draft></metadata><file href="${href}"/></resource>`,
    );
  });
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" xmlns:cs="${CS_NS}" identifier="CROSSSKILL-EXPORT">
<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
<organizations/>
<resources>
${resources.join('\n')}
</resources>
</manifest>
`;
  files['imsmanifest.xml'] = strToU8(manifest);
  return zipSync(files, { level: 6 });
}
