import type { Loc, TaskDefinition, TaskProblem } from '@crossskill/simulation';

/** Pure helpers of the task editor (tested in editorUtil.test.ts). */

/** The parts of a definition edited as JSON, in the order the editor shows them. */
export const JSON_SECTIONS = ['params', 'computed', 'scenario', 'checks', 'solution'] as const;
export type JsonSection = (typeof JSON_SECTIONS)[number];

export interface TaskMeta {
  code: string;
  titleZh: string;
  titleEn: string;
  level: number;
  workType: TaskDefinition['workType'];
  weightItem: string;
  skillItems: string[];
  suzhouCategories: TaskDefinition['suzhouCategories'];
  timeLimitMinutes: number;
  instructionsZh: string;
  instructionsEn: string;
}

export type JsonTexts = Record<JsonSection, string>;

export const EMPTY_DEFINITION: TaskDefinition = {
  code: '',
  title: { zh: '', en: '' },
  level: 4,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: [],
  suzhouCategories: [],
  timeLimitMinutes: 30,
  params: {},
  scenario: { marketplace: 'amazon', base: 'verified-store' },
  instructions: { zh: '', en: '' },
  checks: [],
  solution: [],
};

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/** A definition → the structured form's values and one JSON text per section. */
export function splitDefinition(def: TaskDefinition): { meta: TaskMeta; texts: JsonTexts } {
  return {
    meta: {
      code: def.code,
      titleZh: def.title.zh,
      titleEn: def.title.en,
      level: def.level,
      workType: def.workType,
      weightItem: def.weightItem,
      skillItems: [...def.skillItems],
      suzhouCategories: [...def.suzhouCategories],
      timeLimitMinutes: def.timeLimitMinutes,
      instructionsZh: def.instructions.zh,
      instructionsEn: def.instructions.en,
    },
    texts: {
      params: pretty(def.params ?? {}),
      computed: pretty(def.computed ?? {}),
      scenario: pretty(def.scenario),
      checks: pretty(def.checks ?? []),
      solution: pretty(def.solution ?? []),
    },
  };
}

export interface JsonError {
  section: JsonSection;
  message: string;
}

/**
 * The form's values and the JSON texts → a definition object for validateTaskDefinition (which then checks the
 * meaning). Texts that are not JSON are reported per section; an empty text leaves the optional part out.
 */
export function buildDefinition(
  meta: TaskMeta,
  texts: JsonTexts,
): { definition: Record<string, unknown>; errors: JsonError[] } {
  const errors: JsonError[] = [];
  const parsed: Partial<Record<JsonSection, unknown>> = {};
  for (const section of JSON_SECTIONS) {
    const text = texts[section].trim();
    if (text === '') continue;
    try {
      parsed[section] = JSON.parse(text);
    } catch (e) {
      errors.push({ section, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const definition: Record<string, unknown> = {
    code: meta.code.trim(),
    title: { zh: meta.titleZh.trim(), en: meta.titleEn.trim() },
    level: meta.level,
    workType: meta.workType,
    weightItem: meta.weightItem,
    skillItems: meta.skillItems,
    suzhouCategories: meta.suzhouCategories,
    timeLimitMinutes: meta.timeLimitMinutes,
    params: parsed.params ?? {},
    scenario: parsed.scenario,
    instructions: { zh: meta.instructionsZh, en: meta.instructionsEn },
    checks: parsed.checks ?? [],
  };
  if (parsed.computed !== undefined && !isEmptyObject(parsed.computed)) definition.computed = parsed.computed;
  if (parsed.solution !== undefined) definition.solution = parsed.solution;
  return { definition, errors };
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}

/** Which part of the editor a problem's path points into: a JSON section, or the structured form ('meta'). */
export function sectionOf(path: string): JsonSection | 'meta' {
  const head = /^([A-Za-z]+)/.exec(path.replace(/^(body\.)?(definition\.)?/, ''))?.[1] ?? '';
  return (JSON_SECTIONS as readonly string[]).includes(head) ? (head as JsonSection) : 'meta';
}

/** Problems grouped by editor part, in their order. */
export function groupProblems(problems: readonly TaskProblem[]): Map<JsonSection | 'meta', TaskProblem[]> {
  const out = new Map<JsonSection | 'meta', TaskProblem[]>();
  for (const p of problems) {
    const key = sectionOf(p.path);
    const list = out.get(key) ?? [];
    list.push(p);
    out.set(key, list);
  }
  return out;
}

/** The server's 422 SIM_TASK_INVALID details ({field, message}) as task problems (path without the body prefix). */
export function problemsFromDetails(details: readonly { field: string; message: string }[]): TaskProblem[] {
  return details.map((d) => {
    const path = d.field.replace(/^(body\.)?(definition\.?)?/, '');
    const message: Loc = { zh: d.message, en: d.message };
    return { path, message };
  });
}

/** A seed for a try-it run: random per click (the simulator itself never uses Math.random). */
export function randomSeed(): string {
  return `try-${Math.random().toString(36).slice(2, 10)}`;
}
