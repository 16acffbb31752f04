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
  kind?: 'text' | 'number' | 'integer' | 'datetime';
  hint?: Loc;
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
  /** Elements every commodity code requires when no prefix rule is more specific (品牌类型, 出口享惠情况 …). */
  defaultElements: string[];
  /** Currencies accepted on declaration lines (ISO 4217). */
  currencies: string[];
  /** Incoterms whose declarations must state freight / insurance, and those that must not. */
  incotermCosts: Record<
    string,
    { freight: 'required' | 'forbidden' | 'optional'; insurance: 'required' | 'forbidden' | 'optional' }
  >;
  sources: RuleSource[];
}
