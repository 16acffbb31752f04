import type { QuestionTags } from '@crossskill/contracts';
import {
  appliesToWorkType,
  isEffectivelyActive,
  type Level,
  type Located,
  locate,
  type SnapshotContent,
  type SnapshotFunction,
  type SnapshotItem,
  type SnapshotLevel,
  type StandardSnapshot,
  type WorkType,
} from '@crossskill/standards';
import { key, norm } from './text.js';

/** The published standard version imported tags are resolved against. */
export interface StandardRef {
  versionId: string;
  snapshot: StandardSnapshot;
}

/** What a row says about where the item sits in the standard (the cells as typed). */
export interface TagCells {
  level: string;
  workType: string;
  function: string;
  content: string;
  knowledge: string;
}

export type TagProblem = { field: keyof TagCells; message: string };

const LEVEL_WORDS: Record<string, Level> = {
  五级: 5,
  初级工: 5,
  初级: 5,
  四级: 4,
  中级工: 4,
  中级: 4,
  三级: 3,
  高级工: 3,
  高级: 3,
  二级: 2,
  技师: 2,
  一级: 1,
  高级技师: 1,
};
export const LEVEL_NAMES: Record<Level, string> = { 5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级' };

/** '四级', '4', '4级', 'L4', '四级/中级工', '中级工' → 4. */
export function parseLevel(raw: string): Level | null {
  const t = key(raw).replace(/^l/, '');
  if (/^[1-5]级?$/.test(t)) return Number(t[0]) as Level;
  for (const part of t.split(/[/／、,（）()]/)) {
    const level = LEVEL_WORDS[part];
    if (level) return level;
  }
  return null;
}

const COMMON = new Set(['', '通用', '不限', '全部', '无', '-', '—', '/']);
/** '网商', '跨境电子商务师' (also '跨境电商师', '跨境'), or blank / '通用' for items common to both. */
export function parseWorkType(raw: string): WorkType | null | undefined {
  const t = key(raw);
  if (COMMON.has(t)) return null;
  if (t === '网商') return '网商';
  if (t === '跨境电子商务师' || t === '跨境电商师' || t === '跨境') return '跨境电子商务师';
  return undefined;
}

const BASIC = ['职业道德', '基础知识'] as const;

/** "4 业务处理" → { code: '4', name: '业务处理' }; "业务处理" → { name }; "4.4" → { code }. */
function splitCode(raw: string): { code?: string; name?: string } {
  const t = norm(raw);
  const m = /^(\d+(?:\.\d+)*)\.?(?:\s*[、.\s]?\s*(.*))?$/.exec(t);
  if (m) return m[2] ? { code: m[1]!, name: m[2] } : { code: m[1]! };
  return { name: t };
}

const active = (level: SnapshotLevel, id: string): Located | undefined => {
  const loc = locate({ levels: [level] } as unknown as StandardSnapshot, id);
  return loc && isEffectivelyActive(loc) ? loc : undefined;
};

type Named = SnapshotFunction | SnapshotContent | SnapshotItem;
const textOf = (n: Named) => ('text' in n ? n.text : n.name);

/** Finds one node among candidates by code and/or name; an error message when none or several match. */
function pick<T extends Named>(
  candidates: T[],
  raw: string,
  what: string,
): { node: T; error?: undefined } | { node?: undefined; error: string } {
  const { code, name } = splitCode(raw);
  const live = candidates.filter((c) => c.status === 'active');
  if (code) {
    const hit = live.find((c) => c.code === code);
    if (!hit) return { error: `标准中没有编号为 ${code} 的${what}` };
    if (name && key(textOf(hit)) !== key(name) && !key(textOf(hit)).startsWith(key(name))) {
      return { error: `编号 ${code} 对应的${what}是「${textOf(hit)}」，与填写的「${name}」不一致` };
    }
    return { node: hit };
  }
  const k = key(name ?? '');
  let hits = live.filter((c) => key(textOf(c)) === k);
  if (hits.length === 0) hits = live.filter((c) => key(textOf(c)).includes(k));
  if (hits.length === 1) return { node: hits[0]! };
  if (hits.length === 0) return { error: `标准中没有名称为「${name}」的${what}` };
  return { error: `「${name}」匹配到 ${hits.length} 个${what}，请填写编号（如 ${hits[0]!.code}）` };
}

/**
 * Resolves the tag cells of a row to node ids of the standard version. Blank cells → no tags (null).
 * 职业功能 may be '职业道德' or '基础知识' (items on 基本要求). 知识点 is a 相关知识要求 by default; a 技能要求
 * is written with the prefix '技能' ('技能 4.4.1').
 */
export function resolveTags(
  cells: TagCells,
  standard: StandardRef | null,
): { tags: QuestionTags | null; problems: TagProblem[] } {
  const problems: TagProblem[] = [];
  const filled = Object.values(cells).some((v) => v.trim() !== '');
  if (!filled) return { tags: null, problems };
  if (!standard) {
    return { tags: null, problems: [{ field: 'level', message: '平台还没有已发布的标准版本，不能填写标准标签' }] };
  }
  if (!cells.level.trim()) {
    return { tags: null, problems: [{ field: 'level', message: '填写了工种或职业功能等标签时，必须填写等级' }] };
  }
  const level = parseLevel(cells.level);
  if (!level)
    return { tags: null, problems: [{ field: 'level', message: `等级「${cells.level}」无效，应为五级至一级` }] };
  const lvl = standard.snapshot.levels.find((l) => l.level === level);
  if (!lvl) return { tags: null, problems: [{ field: 'level', message: `标准中没有${LEVEL_NAMES[level]}` }] };
  const workType = parseWorkType(cells.workType);
  if (workType === undefined) {
    problems.push({
      field: 'workType',
      message: `工种「${cells.workType}」无效，应为网商、跨境电子商务师或留空（通用）`,
    });
  } else if (workType && !lvl.workTypes.includes(workType)) {
    problems.push({ field: 'workType', message: `${LEVEL_NAMES[level]}不分工种，请留空` });
  }
  const wt = workType ?? null;

  const tags: QuestionTags = {
    standardVersionId: standard.versionId,
    level,
    workType: wt,
    functionId: null,
    contentId: null,
    knowledgeId: null,
    basicItem: null,
  };
  const fnRaw = norm(cells.function);
  const basic = BASIC.find((b) => key(fnRaw) === b || key(fnRaw).endsWith(b));
  if (basic) {
    tags.basicItem = basic;
    if (cells.content.trim()) problems.push({ field: 'content', message: `「${basic}」下没有工作内容，请留空` });
    if (cells.knowledge.trim()) problems.push({ field: 'knowledge', message: `「${basic}」下没有知识点，请留空` });
    return { tags, problems };
  }

  let fn: SnapshotFunction | undefined;
  let content: SnapshotContent | undefined;
  let item: SnapshotItem | undefined;
  if (fnRaw) {
    const r = pick(lvl.functions, fnRaw, '职业功能');
    if (r.error) problems.push({ field: 'function', message: `${LEVEL_NAMES[level]}${r.error}` });
    fn = r.node;
  }
  const contentRaw = norm(cells.content);
  if (contentRaw && !(fnRaw && !fn)) {
    const pool = fn ? fn.contents : lvl.functions.filter((f) => f.status === 'active').flatMap((f) => f.contents);
    const r = pick(pool, contentRaw, '工作内容');
    if (r.error)
      problems.push({ field: 'content', message: `${fn ? `职业功能 ${fn.code} 下` : LEVEL_NAMES[level]}${r.error}` });
    content = r.node;
  }
  let knowledgeRaw = norm(cells.knowledge);
  if (knowledgeRaw && !(contentRaw && !content) && !(fnRaw && !fn)) {
    let kinds: ('knowledge' | 'skill')[] = ['knowledge', 'skill'];
    const prefix = /^(技能要求|技能|知识要求|相关知识要求|知识)[:：\s]*/.exec(knowledgeRaw);
    if (prefix) {
      kinds = prefix[1]!.startsWith('技能') ? ['skill'] : ['knowledge'];
      knowledgeRaw = knowledgeRaw.slice(prefix[0].length);
    }
    const contents = content
      ? [content]
      : (fn ? [fn] : lvl.functions).filter((f) => f.status === 'active').flatMap((f) => f.contents);
    let found: ReturnType<typeof pick<SnapshotItem>> | undefined;
    for (const kind of kinds) {
      const pool = contents
        .filter((c) => c.status === 'active')
        .flatMap((c) => (kind === 'skill' ? c.skills : c.knowledge));
      found = pick(pool, knowledgeRaw, kind === 'skill' ? '技能要求' : '相关知识要求');
      if (found.node) break;
    }
    if (found?.error) problems.push({ field: 'knowledge', message: `${LEVEL_NAMES[level]}${found.error}` });
    item = found?.node;
  }

  // Fill the path upward from the deepest node, and check it is consistent and applies to the work type.
  const deepest = item ?? content ?? fn;
  if (deepest) {
    const loc = active(lvl, deepest.id);
    if (!loc) {
      problems.push({ field: item ? 'knowledge' : content ? 'content' : 'function', message: '该标准节点已停用' });
    } else {
      const [f, c, i] = loc.chain as [SnapshotFunction, SnapshotContent?, SnapshotItem?];
      tags.functionId = f.id;
      tags.contentId = c?.id ?? null;
      tags.knowledgeId = i?.id ?? null;
      const field = item ? 'knowledge' : content ? 'content' : 'function';
      if (wt && !appliesToWorkType(loc, wt)) {
        problems.push({ field, message: `「${textOf(deepest)}」不适用于工种「${wt}」` });
      } else if (!wt) {
        // Left blank: fine for nodes common to the level's work types; one work type is inferred.
        const applicable = lvl.workTypes.filter((w) => appliesToWorkType(loc, w));
        if (applicable.length === 1) tags.workType = applicable[0]!;
        else if (applicable.length < lvl.workTypes.length) {
          problems.push({ field: 'workType', message: `「${textOf(deepest)}」只适用于部分工种，请填写工种` });
        }
      }
    }
  }
  return { tags, problems };
}

/** The cells an export writes for tags, in the form resolveTags reads back. */
export function tagCells(tags: QuestionTags | null, snapshot: StandardSnapshot | undefined): TagCells {
  const empty = { level: '', workType: '', function: '', content: '', knowledge: '' };
  if (!tags) return empty;
  const cells: TagCells = { ...empty, level: LEVEL_NAMES[tags.level], workType: tags.workType ?? '' };
  if (tags.basicItem) return { ...cells, function: tags.basicItem };
  const at = (id: string | null) => (id && snapshot ? locate(snapshot, id) : undefined);
  const f = at(tags.functionId);
  const c = at(tags.contentId);
  const k = at(tags.knowledgeId);
  if (tags.functionId) cells.function = f ? `${f.node.code} ${textOf(f.node)}` : tags.functionId;
  if (tags.contentId) cells.content = c ? `${c.node.code} ${textOf(c.node)}` : tags.contentId;
  if (tags.knowledgeId) {
    cells.knowledge = k
      ? `${k.node.kind === 'skill' ? '技能 ' : ''}${k.node.code} ${textOf(k.node)}`
      : tags.knowledgeId;
  }
  return cells;
}
