import { type TaskDefinition, validateTaskDefinition } from '@crossskill/simulation';
import { describe, expect, it } from 'vitest';
import { buildDefinition, groupProblems, problemsFromDetails, sectionOf, splitDefinition } from './editorUtil';

const DEF: TaskDefinition = {
  code: 'T-EDIT-01',
  title: { zh: '回答运费', en: 'Answer the freight' },
  level: 5,
  workType: '跨境电子商务师',
  weightItem: '业务处理',
  skillItems: ['L5/F4/C4.1/S4.1.1'],
  suzhouCategories: ['物流管理'],
  timeLimitMinutes: 20,
  params: { n: { kind: 'int', min: 1, max: 3 } },
  scenario: { marketplace: 'amazon', base: 'verified-store' },
  instructions: { zh: '提交答案 n={n}', en: 'Submit n={n}' },
  checks: [
    {
      id: 'answer',
      title: { zh: '答案', en: 'Answer' },
      points: 10,
      assert: { kind: 'path', path: 'answers.n', op: 'eq', value: { param: 'n' } },
      feedback: { pass: { zh: '对', en: 'Right' }, fail: { zh: '错', en: 'Wrong' } },
    },
  ],
  solution: [{ type: 'answer.submit', key: 'n', value: '$n' }],
};

describe('splitDefinition / buildDefinition', () => {
  it('round-trips a definition through the form values and the JSON texts', () => {
    const { meta, texts } = splitDefinition(DEF);
    const { definition, errors } = buildDefinition(meta, texts);
    expect(errors).toEqual([]);
    expect(definition).toEqual(DEF);
  });

  it('reports text that is not JSON against its section and keeps the others', () => {
    const { meta, texts } = splitDefinition(DEF);
    const { errors, definition } = buildDefinition(meta, { ...texts, checks: '[{"id": ' });
    expect(errors.map((e) => e.section)).toEqual(['checks']);
    expect(definition.params).toEqual(DEF.params);
  });

  it('gives a definition the simulator validator accepts, and points into the faulty section', () => {
    const { meta, texts } = splitDefinition(DEF);
    const valid = validateTaskDefinition(buildDefinition(meta, texts).definition);
    expect(valid.ok ? [] : valid.problems).toEqual([]);
    const broken = texts.checks.replace('answers.n', 'answers[');
    const result = validateTaskDefinition(buildDefinition(meta, { ...texts, checks: broken }).definition);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => sectionOf(p.path) === 'checks')).toBe(true);
  });
});

describe('problem paths', () => {
  it('sends each path to the editor part it points into', () => {
    expect(sectionOf('checks[2].assert.path')).toBe('checks');
    expect(sectionOf('scenario.base')).toBe('scenario');
    expect(sectionOf('definition.params.n.max')).toBe('params');
    expect(sectionOf('title.zh')).toBe('meta');
    expect(sectionOf('code')).toBe('meta');
  });

  it('turns the server details into problems without the body prefix and groups them', () => {
    const problems = problemsFromDetails([
      { field: 'body.definition.checks[0].assert.path', message: 'bad path' },
      { field: 'definition.code', message: 'empty' },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['checks[0].assert.path', 'code']);
    const grouped = groupProblems(problems);
    expect(grouped.get('checks')?.length).toBe(1);
    expect(grouped.get('meta')?.length).toBe(1);
  });
});
