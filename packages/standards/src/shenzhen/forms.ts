import type { Source } from '../types.js';
import { SHENZHEN_LEVELS } from './data.js';

export type ShenzhenFieldType = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'multiselect';

/** A form field a UI can render. */
export interface ShenzhenFormField {
  name: string;
  label: string;
  type: ShenzhenFieldType;
  required: boolean;
  options?: readonly string[];
  /**
   * 'seed' = the field is printed in the seed; 'derived' = the seed names the annex but not its fields,
   * and the field is taken from an element the seed does name (see `source`).
   */
  basis: 'seed' | 'derived';
  source: Source;
}

/** A form definition (annex A or D). */
export interface ShenzhenFormDef {
  annex: 'A' | 'D';
  title: string;
  nature: '资料性';
  /** False: the seed (the explanation) does not print the form, so every field is derived. */
  fieldsInSeed: boolean;
  note: string;
  fields: readonly ShenzhenFormField[];
  source: Source;
}

const LEVEL_OPTIONS = SHENZHEN_LEVELS.map((l) => l.name);
const TRAINING: Source = { doc: '000', clause: '解读 三（六）' };
const TERMS: Source = { doc: '000', clause: '解读 三（三）' };
const NOTE =
  '种子文本为标准解读，只给出附录名称，未收录表格字段；以下字段取自解读所列的培训要素与职业技能等级，待取得标准原文后核对。';

/** 附录 A 跨境电商人才培训评价 (资料性). */
export const SHENZHEN_TRAINING_EVALUATION_FORM: ShenzhenFormDef = {
  annex: 'A',
  title: '跨境电商人才培训评价',
  nature: '资料性',
  fieldsInSeed: false,
  note: NOTE,
  fields: [
    {
      name: 'level',
      label: '职业技能等级',
      type: 'select',
      required: true,
      options: LEVEL_OPTIONS,
      basis: 'derived',
      source: TERMS,
    },
    { name: 'goal', label: '培训目标', type: 'textarea', required: false, basis: 'derived', source: TRAINING },
    { name: 'trainees', label: '培训对象', type: 'textarea', required: false, basis: 'derived', source: TRAINING },
    { name: 'institution', label: '培训机构', type: 'text', required: true, basis: 'derived', source: TRAINING },
    { name: 'requirements', label: '培训要求', type: 'textarea', required: false, basis: 'derived', source: TRAINING },
  ],
  source: { doc: '000', clause: '解读 三（八）' },
};

/** 附录 D 人才培训备案试点申报表 (资料性). */
export const SHENZHEN_PILOT_FILING_FORM: ShenzhenFormDef = {
  annex: 'D',
  title: '人才培训备案试点申报表',
  nature: '资料性',
  fieldsInSeed: false,
  note: NOTE,
  fields: [
    { name: 'institution', label: '培训机构', type: 'text', required: true, basis: 'derived', source: TRAINING },
    {
      name: 'levels',
      label: '职业技能等级',
      type: 'multiselect',
      required: true,
      options: LEVEL_OPTIONS,
      basis: 'derived',
      source: TERMS,
    },
    { name: 'goal', label: '培训目标', type: 'textarea', required: false, basis: 'derived', source: TRAINING },
    { name: 'trainees', label: '培训对象', type: 'textarea', required: false, basis: 'derived', source: TRAINING },
    { name: 'requirements', label: '培训要求', type: 'textarea', required: false, basis: 'derived', source: TRAINING },
  ],
  source: { doc: '000', clause: '解读 三（八）' },
};

export const SHENZHEN_FORMS: readonly ShenzhenFormDef[] = [
  SHENZHEN_TRAINING_EVALUATION_FORM,
  SHENZHEN_PILOT_FILING_FORM,
];
