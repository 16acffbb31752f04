/**
 * The arithmetic of the ability evaluation report (能力评价报告) — pure, no I/O (unit-tested in ability.test.ts).
 *
 * Theory rows (on the 100-point scale) and skill rows (points = the skill weight table's %) of the same
 * occupational function (职业功能) are combined into one ability rate, weighted by points:
 * rate = Σ score / Σ available × 100. The 基本要求 rows (职业道德, 基础知识) are theory only and stand alone.
 */

export const STRENGTH_MARK = 80;

export interface TheoryRowIn {
  item: string;
  group: '基本要求' | '相关知识要求' | '技能要求' | null;
  /** Points on the 100-point scale (the breakdown's `available`) and the score on it. */
  available: number;
  score: number;
}

export interface SkillRowIn {
  item: string;
  points: number;
  score: number;
}

export type Band = 'strength' | 'adequate' | 'weak' | 'none';

export interface FunctionAbility {
  name: string;
  kind: 'basic' | 'function';
  theoryAvailable: number;
  theoryScore: number;
  skillAvailable: number;
  skillScore: number;
  /** Percentage (1 decimal); null when nothing of the function was examined. */
  rate: number | null;
  band: Band;
}

const round1 = (n: number) => Math.round((n + Number.EPSILON) * 10) / 10;
const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/** A percentage with one decimal; null when nothing is available. */
export function rateOf(score: number, available: number): number | null {
  if (!(available > 0)) return null;
  return round1((Math.max(0, score) / available) * 100);
}

export function bandOf(rate: number | null, passMark: number, strengthMark = STRENGTH_MARK): Band {
  if (rate === null) return 'none';
  if (rate >= strengthMark) return 'strength';
  if (rate < passMark) return 'weak';
  return 'adequate';
}

/**
 * One entry per occupational function, in order: the 基本要求 rows, then the functions as the theory table lists
 * them, then skill-only functions in the skill table's order. Functions with no points in either exam are left out.
 */
export function aggregateFunctions(
  theory: readonly TheoryRowIn[],
  skill: readonly SkillRowIn[],
  passMark: number,
): FunctionAbility[] {
  const byName = new Map<string, FunctionAbility>();
  const order: string[] = [];
  const entry = (name: string, kind: 'basic' | 'function') => {
    let e = byName.get(name);
    if (!e) {
      e = {
        name,
        kind,
        theoryAvailable: 0,
        theoryScore: 0,
        skillAvailable: 0,
        skillScore: 0,
        rate: null,
        band: 'none',
      };
      byName.set(name, e);
      order.push(name);
    }
    return e;
  };
  const basics = theory.filter((r) => r.group === '基本要求');
  const others = theory.filter((r) => r.group !== '基本要求');
  for (const r of [...basics, ...others]) {
    if (!(r.available > 0)) continue;
    const e = entry(r.item, r.group === '基本要求' ? 'basic' : 'function');
    e.theoryAvailable += r.available;
    e.theoryScore += r.score;
  }
  for (const r of skill) {
    if (!(r.points > 0)) continue;
    const e = entry(r.item, 'function');
    e.skillAvailable += r.points;
    e.skillScore += r.score;
  }
  return order.map((name) => {
    const e = byName.get(name)!;
    const rate = rateOf(e.theoryScore + e.skillScore, e.theoryAvailable + e.skillAvailable);
    return {
      ...e,
      theoryAvailable: round2(e.theoryAvailable),
      theoryScore: round2(e.theoryScore),
      skillAvailable: round2(e.skillAvailable),
      skillScore: round2(e.skillScore),
      rate,
      band: bandOf(rate, passMark),
    };
  });
}

export interface Finding {
  name: string;
  rate: number;
  sentence: { zh: string; en: string };
}

const pct = (r: number) => `${r}%`;

/**
 * Strengths: functions at ≥ 80 %, best first. To train: functions under the pass mark, weakest first; when there
 * are none, the two lowest functions that are not strengths (or, when all are strengths, the two lowest).
 */
export function findings(functions: readonly FunctionAbility[], passMark: number) {
  const rated = functions.filter((f): f is FunctionAbility & { rate: number } => f.rate !== null);
  const strengths: Finding[] = rated
    .filter((f) => f.rate >= STRENGTH_MARK)
    .sort((a, b) => b.rate - a.rate)
    .map((f) => ({
      name: f.name,
      rate: f.rate,
      sentence: {
        zh: `「${f.name}」能力达到 ${pct(f.rate)}，掌握扎实，可作为优势继续保持。`,
        en: `${f.name} is at ${pct(f.rate)}: a solid strength to keep up.`,
      },
    }));
  const ascending = [...rated].sort((a, b) => a.rate - b.rate);
  let weak = ascending.filter((f) => f.rate < passMark);
  if (weak.length === 0) {
    const notStrong = ascending.filter((f) => f.rate < STRENGTH_MARK);
    weak = (notStrong.length > 0 ? notStrong : ascending).slice(0, 2);
  }
  const toTrain: Finding[] = weak.map((f) => ({
    name: f.name,
    rate: f.rate,
    sentence:
      f.rate < passMark
        ? {
            zh: `「${f.name}」能力为 ${pct(f.rate)}，低于合格线 ${passMark}%，建议优先训练。`,
            en: `${f.name} is at ${pct(f.rate)}, below the pass mark of ${passMark}%: train it first.`,
          }
        : {
            zh: `「${f.name}」能力为 ${pct(f.rate)}，是相对薄弱的职业功能，建议进一步训练。`,
            en: `${f.name} is at ${pct(f.rate)}, one of the relatively weaker functions: train it next.`,
          },
  }));
  return { strengths, toTrain };
}
