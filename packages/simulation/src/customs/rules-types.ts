import type { Loc } from '../core/result.js';
import type { RuleSource } from '../core/rules.js';
import type { SupervisionMode } from '../core/state.js';

export interface DeclarationFieldRule {
  key: string;
  label: Loc;
  /** Supervision modes that require the field. */
  requiredFor: SupervisionMode[];
  pattern?: string;
  options?: string[];
}

export interface SupervisionModeDef {
  code: SupervisionMode;
  name: Loc;
  source: RuleSource;
}

export interface CustomsRuleSet {
  version: string;
  effectiveFrom: string;
  modes: SupervisionModeDef[];
  fields: DeclarationFieldRule[];
  incoterms: string[];
  /** Declaration elements (申报要素) required per commodity-code prefix (4 or 6 digits). */
  elementsByHsPrefix: Record<string, string[]>;
  sources: RuleSource[];
}
