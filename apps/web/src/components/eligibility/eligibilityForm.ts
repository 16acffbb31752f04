import type { RegistrationEligibilityInput } from '../../api/exam-plans';
import type { Level } from '../../pages/standards/standardsUtil';

// The 申报条件 form values (what <EligibilityInputFields> edits) and their conversion to the API's eligibility input.
// Pure (no React, no antd) so it is unit tested; used by 申报条件自测 and by the exam registration form.

/** A date picker's value (a dayjs object); only `format` is used. */
export interface DayValue {
  format(template: string): string;
}

export interface EligibilityFormValues {
  work: { occupation: string; from?: DayValue | null; to?: DayValue | null; ongoing?: boolean }[];
  certificates: { occupation: string; level?: Level; obtainedOn?: DayValue | null; kind: 'skill' | 'pre-technician' }[];
  education: { schoolType?: string; major?: string; graduated?: boolean }[];
  apprenticeshipCompleted?: boolean;
  ecommerceInternshipMonths?: number | null;
  /** 申报日期: only the self-check page shows it (a registration is checked as of today). */
  asOf?: DayValue | null;
}

export const ELIGIBILITY_INITIAL: EligibilityFormValues = {
  work: [{ occupation: '电子商务师', ongoing: true }],
  certificates: [],
  education: [],
  apprenticeshipCompleted: false,
};

/** A picked date as the API's YYYY-MM-DD, or undefined when none was picked. */
export const formDay = (v: DayValue | null | undefined) => (v ? v.format('YYYY-MM-DD') : undefined);

/**
 * The history part of the eligibility input: rows left incomplete are dropped (the form's own rules stop a submit
 * with them; this only guards against rows the rules do not cover), texts are trimmed, an ongoing work period has no
 * end. The 申报日期 (`asOf`) is not included: the self-check page adds it with `formDay`.
 */
export function toEligibilityInput(v: EligibilityFormValues): RegistrationEligibilityInput {
  return {
    work: (v.work ?? [])
      .filter((w) => w.occupation?.trim() && w.from)
      .map((w) => ({
        occupation: w.occupation.trim(),
        from: formDay(w.from) ?? '',
        ...(w.ongoing || !w.to ? {} : { to: formDay(w.to) }),
      })),
    certificates: (v.certificates ?? [])
      .filter((c) => c.occupation?.trim() && c.level && c.obtainedOn)
      .map((c) => ({
        occupation: c.occupation.trim(),
        level: c.level ?? 5,
        obtainedOn: formDay(c.obtainedOn) ?? '',
        kind: c.kind,
      })),
    education: (v.education ?? [])
      .filter((e) => e.schoolType?.trim())
      .map((e) => ({
        schoolType: e.schoolType?.trim() ?? '',
        major: e.major?.trim() ?? '',
        graduated: Boolean(e.graduated),
      })),
    apprenticeshipCompleted: v.apprenticeshipCompleted ?? false,
    ...(typeof v.ecommerceInternshipMonths === 'number'
      ? { ecommerceInternshipMonths: v.ecommerceInternshipMonths }
      : {}),
  };
}
