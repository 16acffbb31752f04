// Public surface of tasks/: the task format and the engine (paths, checks, computations, instantiate, evaluate,
// validate, replay). Names exported here must be unique across the package.
export { type AssertionContext, type AssertionOutcome, evaluateAssertion, matchesWhere } from './assertions.js';
export { COMPARE_OPS, compareValues, describeComparison } from './compare.js';
export { type ArgSpec, COMPUTATIONS, type ComputationDef } from './computations.js';
export { DRY_RUN_SEEDS, dryRunTask } from './dry-run.js';
export { TaskRunError } from './errors.js';
export { evaluateChecks } from './evaluate.js';
export { formatNumber as formatTaskNumber, formatValue as formatTaskValue } from './format.js';
export {
  applyScenarioPatch,
  computeValues as computeTaskValues,
  drawParams,
  fillPlaceholders,
  type GetEnv,
  instantiateTask,
} from './instantiate.js';
export { METRIC_NAMES, type MetricName } from './metrics-calc.js';
export { deepResolve, type OperandContext, resolveOperand } from './operands.js';
export {
  looseEquals,
  type PathParse,
  type PathRefs,
  type PathResult,
  type PathStep,
  parsePath,
  resolvePath,
  setAtPath,
} from './paths.js';
export { type ReplayResult, type ReplayStep, replayLog, runSolution } from './replay.js';
export { ENGINE_SAMPLE_TASK } from './sample-task.js';
export type { CheckServices, FreightQuoteOutcome } from './services.js';
export { defaultTaskServices } from './task-services.js';
export * from './types.js';
export { SKILL_ITEM_PATTERN, SKILL_WEIGHT_ITEMS, type TaskValidation, validateTaskDefinition } from './validate.js';
