import { describe, expect, it } from 'vitest';
import { type DayValue, ELIGIBILITY_INITIAL, formDay, toEligibilityInput } from './eligibilityForm';

/** A date picker value for `iso` (dayjs formats YYYY-MM-DD the same way). */
const d = (iso: string): DayValue => ({
  format: (template) => {
    expect(template).toBe('YYYY-MM-DD');
    return iso;
  },
});

const empty = { work: [], certificates: [], education: [] };

describe('toEligibilityInput', () => {
  it('drops the initial work row while it has no start date', () => {
    expect(toEligibilityInput(ELIGIBILITY_INITIAL)).toEqual({
      work: [],
      certificates: [],
      education: [],
      apprenticeshipCompleted: false,
    });
  });

  it('keeps work periods with an occupation and a start, trimmed, and gives an end only to finished ones', () => {
    const input = toEligibilityInput({
      ...empty,
      work: [
        { occupation: ' 电子商务师 ', from: d('2020-01-01'), to: d('2021-01-01') },
        { occupation: '网商', from: d('2021-02-01'), to: d('2023-01-01'), ongoing: true },
        { occupation: '网商', from: d('2023-02-01'), to: null },
        { occupation: '   ', from: d('2019-01-01') },
        { occupation: '电子商务师', from: null },
      ],
    });
    expect(input.work).toEqual([
      { occupation: '电子商务师', from: '2020-01-01', to: '2021-01-01' },
      { occupation: '网商', from: '2021-02-01' },
      { occupation: '网商', from: '2023-02-01' },
    ]);
  });

  it('keeps certificates with occupation, level and date, with their kind', () => {
    const input = toEligibilityInput({
      ...empty,
      certificates: [
        { occupation: ' 电子商务师', level: 4, obtainedOn: d('2022-06-30'), kind: 'skill' },
        { occupation: '电子商务师', level: 3, obtainedOn: d('2024-01-15'), kind: 'pre-technician' },
        { occupation: '电子商务师', obtainedOn: d('2022-06-30'), kind: 'skill' },
        { occupation: '电子商务师', level: 5, obtainedOn: null, kind: 'skill' },
        { occupation: '', level: 5, obtainedOn: d('2022-06-30'), kind: 'skill' },
      ],
    });
    expect(input.certificates).toEqual([
      { occupation: '电子商务师', level: 4, obtainedOn: '2022-06-30', kind: 'skill' },
      { occupation: '电子商务师', level: 3, obtainedOn: '2024-01-15', kind: 'pre-technician' },
    ]);
  });

  it('keeps education with a school type, an empty major when none is given and graduated as a boolean', () => {
    const input = toEligibilityInput({
      ...empty,
      education: [
        { schoolType: '技师学院', major: ' 电子商务 ', graduated: true },
        { schoolType: '大专' },
        { schoolType: ' ', major: '电子商务', graduated: true },
        { major: '电子商务' },
      ],
    });
    expect(input.education).toEqual([
      { schoolType: '技师学院', major: '电子商务', graduated: true },
      { schoolType: '大专', major: '', graduated: false },
    ]);
  });

  it('sends internship months only when a number was entered (0 included) and apprenticeship as false by default', () => {
    expect(toEligibilityInput({ ...empty, ecommerceInternshipMonths: 0 })).toEqual({
      ...empty,
      apprenticeshipCompleted: false,
      ecommerceInternshipMonths: 0,
    });
    const cleared = toEligibilityInput({ ...empty, apprenticeshipCompleted: true, ecommerceInternshipMonths: null });
    expect(cleared).toEqual({ ...empty, apprenticeshipCompleted: true });
    expect('ecommerceInternshipMonths' in cleared).toBe(false);
  });

  it('leaves the 申报日期 out (the self-check page adds it; a registration is checked as of today)', () => {
    const input = toEligibilityInput({ ...empty, asOf: d('2026-06-01') });
    expect('asOf' in input).toBe(false);
  });
});

describe('formDay', () => {
  it('formats a picked date as YYYY-MM-DD and gives undefined for none', () => {
    expect(formDay(d('2026-06-01'))).toBe('2026-06-01');
    expect(formDay(null)).toBeUndefined();
    expect(formDay(undefined)).toBeUndefined();
  });
});
