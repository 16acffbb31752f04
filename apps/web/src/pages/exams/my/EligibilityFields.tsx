import type { FormInstance } from 'antd';
import { EligibilityInputFields } from '../../../components/eligibility/EligibilityInputFields';
import type { EligibilityFormValues } from '../../../components/eligibility/eligibilityForm';

// The registration form's 申报条件 inputs are the shared ones of 申报条件自测 (components/eligibility), without the
// 申报日期 (a registration is checked as of today).
export {
  ELIGIBILITY_INITIAL,
  type EligibilityFormValues,
  toEligibilityInput,
} from '../../../components/eligibility/eligibilityForm';

/** The 申报条件 inputs: work periods, certificates, education and the rest (inside a <Form>). */
export function EligibilityFields({ form }: { form: FormInstance<EligibilityFormValues> }) {
  return <EligibilityInputFields form={form} />;
}
