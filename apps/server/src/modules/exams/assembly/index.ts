/**
 * Theory paper assembly from a blueprint (组卷) — pure functions, no I/O.
 *
 * **Blueprint.** `blueprintFromWeightTable(level, workType, { totalPoints?, typeCounts, difficultyMix, weights? })`
 * starts from the 003 theory weight table of the level and work type (`weightTable('theory', …)`, or the
 * edited table of a published standard version via `weights`): one row per examined item (职业道德, 基础知识,
 * then the 职业功能 names) with points = weight% × totalPoints (default 100) rounded by largest remainder so
 * the rows sum exactly to totalPoints. The institution chooses `typeCounts` — `{ single: { count: 60, points:
 * 1 }, multiple: { count: 15, points: 2 }, true_false: { count: 20, points: 0.5 } }` (or bare counts plus
 * `pointsPerType`) — and a `difficultyMix` in % per difficulty 1–5 (sum 100). The paper's items per
 * difficulty (`difficultyTargets`, largest remainder) are met within ±1 item each. Refused with a
 * `BlueprintError` (code, Chinese `message`, `messageEn`, `details`): `TYPE_POINTS_MISMATCH` when Σ count ×
 * points ≠ totalPoints, `TYPE_COUNTS_INVALID`, `DIFFICULTY_MIX_INVALID`, `COLUMN_INVALID` (levels 5–2
 * without a work type), `WEIGHTS_INVALID`, `TOTAL_POINTS_INVALID`, and `ROWS_NOT_FILLABLE` when a row's
 * points cannot be made of the chosen items (e.g. only 2-point items and a 5-point row).
 * The blueprint fixes points per row and counts per type; how a row's points split over types is chosen per
 * paper (any split that is exact for every row and every type).
 *
 * **Pool.** `PoolItem` is compact: id, revisionId, `row` (index of the blueprint row the item counts
 * toward; -1 = none), type, difficulty, the item's own points (informational — on the paper an item scores
 * its type's points from the blueprint), optionKeys, shuffleOptions and exposure (earlier uses).
 * `rowResolver(blueprint, snapshotLevel.functions)` maps tags to rows as the bank coverage does: 职业道德 /
 * 基础知识 by the basicItem tag, the others by the active 职业功能 of that name applicable to the work type.
 * Choosing the candidates (active, version, level, work type equal or null) is the caller's.
 * `indexPool(pool)` buckets the pool once by row × type × difficulty (counting sort, O(n)); each paper then
 * reads only the buckets of the blueprint's types.
 *
 * **Assembly.** `assemblePaper(index, blueprint, { seed, shuffleSeed?, exposure?, shuffleItems?, shuffleOptions? })`:
 * 1. items per row × type: exact row points and type counts, within what the pool holds (randomised
 *    proportional rounding + repair + bounded backtracking, so the split varies between papers);
 * 2. items per row × type × difficulty: the difficulty targets, preferring buckets of less-used items, then
 *    repaired by moving items between difficulties;
 * 3. items per cell: distinct, each draw weighted by 1 / (1 + exposure) (rejection sampling, exact
 *    fallback), so exposure spreads across candidates and sittings;
 * 4. order: type sections 判断 / 单选 / 多选 / 填空 / 简答 / 案例, items shuffled within a section, options
 *    shuffled when the item allows it (`shuffleOptions`).
 * Returns `{ items: [{ revisionId, id, poolIndex, order, type, row, item, difficulty, points, optionOrder }],
 * shortfalls: [], difficultyCounts }`. No item appears twice; points per row and per type are exact.
 * When the pool cannot meet the blueprint, `items` is empty and `shortfalls` names the cells
 * `{ kind: 'cell', row, item, type, difficulty, needed, available }` of the closest allocation: the
 * row × type × difficulty cells where it needs more items than the pool has (when only the difficulty mix is
 * out of reach, the cells at the difficulties the pool lacks). (The row × type search is bounded; a pool
 * that is only just sufficient may in rare cases be reported short.)
 *
 * **Reproducible.** PRNG mulberry32 seeded by a hash of `seed` (number or string): the same pool, blueprint,
 * exposure and seed give the same paper; item/option order uses `shuffleSeed ?? seed`.
 * *Fixed paper*: assemble once and give it to every candidate, optionally re-ordered per candidate with
 * `reorderPaper(index, paper, candidateSeed)`. *Drawn per candidate*: one seed per candidate (e.g.
 * `${sittingId}:${candidateId}`) and a running ledger — `createExposureLedger(index)`, pass it as
 * `exposure`, `recordExposure(ledger, paper)` after each paper (assemblePaper itself never mutates it).
 *
 * **Options.** `optionOrder` lists the bank's option keys in display order: the option shown as A is
 * `optionOrder[0]`. Items are stored with their bank keys; the caller remaps answer keys when it renders
 * the paper and scores responses: `displayedKey(optionOrder, 'C')` → the letter shown, `bankKey(optionOrder,
 * 'A')` → the bank key behind a shown letter. Items with shuffleOptions=false keep the bank's order.
 *
 * Performance (bench/paper-assembly.bench.ts, docs/BENCHMARKS.md): a full level-4 paper from a 100,000-item
 * pool, after `indexPool`, p99 well under the 20 ms target.
 */

export {
  type AssembledPaper,
  type AssembleOptions,
  assemblePaper,
  bankKey,
  displayedKey,
  type PaperItem,
  reorderPaper,
  type Shortfall,
} from './assemble.js';
export {
  type Blueprint,
  type BlueprintChoices,
  BlueprintError,
  type BlueprintErrorCode,
  type BlueprintRow,
  blueprintFromWeightTable,
  DIFFICULTIES,
  type Difficulty,
  type FunctionNode,
  largestRemainder,
  rowResolver,
  SECTION_ORDER,
  type TypeSpec,
  typeLabel,
} from './blueprint.js';
export { createExposureLedger, indexPool, type PoolIndex, type PoolItem, recordExposure } from './pool.js';
export { hashSeed, mulberry32, type Seed } from './prng.js';
