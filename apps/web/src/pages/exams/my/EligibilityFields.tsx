import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Divider, Flex, Form, type FormInstance, Input, InputNumber, Select } from 'antd';
import type { RegistrationEligibilityInput } from '../../../api/exam-plans';
import { useI18n } from '../../../i18n';
import { LEVELS, type Level } from '../../standards/standardsUtil';

// A copy of the form parts of pages/standards/EligibilityPage.tsx (that page keeps them private): the same fields
// and texts, without the 申报日期 (a registration is checked as of today).

/** School types as the standard's 申报条件 name them (the rules also accept usual variants such as 中专, 高职). */
const SCHOOL_TYPES = ['技工学校', '中等职业学校', '高级技工学校', '技师学院', '高等职业学校', '大专', '本科', '研究生'];
const LEVEL_NAMES: Record<Level, string> = {
  5: '五级/初级工',
  4: '四级/中级工',
  3: '三级/高级工',
  2: '二级/技师',
  1: '一级/高级技师',
};

interface DayValue {
  format(template: string): string;
}
export interface EligibilityFormValues {
  work: { occupation: string; from?: DayValue | null; to?: DayValue | null; ongoing?: boolean }[];
  certificates: { occupation: string; level?: Level; obtainedOn?: DayValue | null; kind: 'skill' | 'pre-technician' }[];
  education: { schoolType?: string; major?: string; graduated?: boolean }[];
  apprenticeshipCompleted?: boolean;
  ecommerceInternshipMonths?: number | null;
}

export const ELIGIBILITY_INITIAL: EligibilityFormValues = {
  work: [{ occupation: '电子商务师', ongoing: true }],
  certificates: [],
  education: [],
  apprenticeshipCompleted: false,
};

const day = (v: DayValue | null | undefined) => (v ? v.format('YYYY-MM-DD') : undefined);

export function toEligibilityInput(v: EligibilityFormValues): RegistrationEligibilityInput {
  return {
    work: (v.work ?? [])
      .filter((w) => w.occupation?.trim() && w.from)
      .map((w) => ({
        occupation: w.occupation.trim(),
        from: day(w.from) ?? '',
        ...(w.ongoing || !w.to ? {} : { to: day(w.to) }),
      })),
    certificates: (v.certificates ?? [])
      .filter((c) => c.occupation?.trim() && c.level && c.obtainedOn)
      .map((c) => ({
        occupation: c.occupation.trim(),
        level: c.level ?? 5,
        obtainedOn: day(c.obtainedOn) ?? '',
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

/** The 申报条件 inputs: work periods, certificates, education and the rest (inside a <Form>). */
export function EligibilityFields({ form }: { form: FormInstance<EligibilityFormValues> }) {
  const { t } = useI18n();
  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('elig.work')}
      </Divider>
      <Form.List name="work">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} wrap align="start" data-testid={`elig-work-${f.name}`}>
                <Form.Item
                  name={[f.name, 'occupation']}
                  rules={[{ required: true, message: t('elig.occupationRequired') }]}
                  style={{ flex: '1 1 160px', marginBottom: 8 }}
                >
                  <Input placeholder={t('elig.occupation')} data-testid="elig-work-occupation" />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'from']}
                  rules={[{ required: true, message: t('elig.fromRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <DatePicker placeholder={t('elig.from')} data-testid="elig-work-from" />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() => (
                    <Form.Item name={[f.name, 'to']} style={{ marginBottom: 8 }}>
                      <DatePicker
                        placeholder={t('elig.to')}
                        disabled={Boolean(form.getFieldValue(['work', f.name, 'ongoing']))}
                        data-testid="elig-work-to"
                      />
                    </Form.Item>
                  )}
                </Form.Item>
                <Form.Item name={[f.name, 'ongoing']} valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Checkbox data-testid="elig-work-ongoing">{t('elig.ongoing')}</Checkbox>
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('elig.remove')}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ occupation: '', ongoing: false })}
              data-testid="elig-add-work"
            >
              {t('elig.addWork')}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Divider titlePlacement="start" plain>
        {t('elig.certificates')}
      </Divider>
      <Form.List name="certificates">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} wrap align="start" data-testid={`elig-cert-${f.name}`}>
                <Form.Item
                  name={[f.name, 'occupation']}
                  rules={[{ required: true, message: t('elig.occupationRequired') }]}
                  style={{ flex: '1 1 140px', marginBottom: 8 }}
                >
                  <Input placeholder={t('elig.occupation')} data-testid="elig-cert-occupation" />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'level']}
                  rules={[{ required: true, message: t('elig.levelRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <Select
                    style={{ width: 150 }}
                    placeholder={t('elig.level')}
                    data-testid="elig-cert-level"
                    options={LEVELS.map((l) => ({ value: l, label: LEVEL_NAMES[l] }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'obtainedOn']}
                  rules={[{ required: true, message: t('elig.dateRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <DatePicker placeholder={t('elig.obtainedOn')} data-testid="elig-cert-date" />
                </Form.Item>
                <Form.Item name={[f.name, 'kind']} style={{ marginBottom: 8 }}>
                  <Select
                    style={{ width: 200 }}
                    data-testid="elig-cert-kind"
                    options={[
                      { value: 'skill', label: t('elig.kindSkill') },
                      { value: 'pre-technician', label: t('elig.kindPreTechnician') },
                    ]}
                  />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('elig.remove')}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ occupation: '电子商务师', kind: 'skill' })}
              data-testid="elig-add-cert"
            >
              {t('elig.addCertificate')}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Divider titlePlacement="start" plain>
        {t('elig.education')}
      </Divider>
      <Form.List name="education">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} wrap align="start" data-testid={`elig-edu-${f.name}`}>
                <Form.Item
                  name={[f.name, 'schoolType']}
                  rules={[{ required: true, message: t('elig.schoolTypeRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <Select
                    style={{ width: 170 }}
                    placeholder={t('elig.schoolType')}
                    data-testid="elig-edu-school"
                    options={SCHOOL_TYPES.map((s) => ({ value: s, label: s }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'major']} style={{ flex: '1 1 140px', marginBottom: 8 }}>
                  <Input placeholder={t('elig.major')} data-testid="elig-edu-major" />
                </Form.Item>
                <Form.Item name={[f.name, 'graduated']} valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Checkbox data-testid="elig-edu-graduated">{t('elig.graduated')}</Checkbox>
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('elig.remove')}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ schoolType: undefined, major: '电子商务', graduated: true })}
              data-testid="elig-add-edu"
            >
              {t('elig.addEducation')}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Divider titlePlacement="start" plain>
        {t('elig.other')}
      </Divider>
      <Flex gap={16} wrap align="start">
        <Form.Item name="apprenticeshipCompleted" valuePropName="checked">
          <Checkbox data-testid="elig-apprenticeship">{t('elig.apprenticeship')}</Checkbox>
        </Form.Item>
        <Form.Item name="ecommerceInternshipMonths" label={t('elig.internshipMonths')}>
          <InputNumber min={0} max={600} precision={0} data-testid="elig-internship" />
        </Form.Item>
      </Flex>
    </>
  );
}
