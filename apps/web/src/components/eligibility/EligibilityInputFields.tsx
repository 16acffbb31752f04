import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  DatePicker,
  Divider,
  Flex,
  Form,
  type FormInstance,
  type FormListFieldData,
  Input,
  InputNumber,
  Select,
} from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { LEVELS, type Level } from '../../pages/standards/standardsUtil';
import type { EligibilityFormValues } from './eligibilityForm';

/** School types as the standard's 申报条件 name them (the rules also accept usual variants such as 中专, 高职). */
const SCHOOL_TYPES = ['技工学校', '中等职业学校', '高级技工学校', '技师学院', '高等职业学校', '大专', '本科', '研究生'];
const LEVEL_NAMES: Record<Level, string> = {
  5: '五级/初级工',
  4: '四级/中级工',
  3: '三级/高级工',
  2: '二级/技师',
  1: '一级/高级技师',
};
const defaultLevelLabel = (l: Level) => LEVEL_NAMES[l];

type ListName = 'work' | 'certificates' | 'education';

/** A repeatable part of the history (work periods, certificates, education): rows with a remove button, an add button. */
function ListEditor<N extends ListName>(props: {
  name: N;
  title: string;
  /** Row i gets data-testid `${rowTestId}-${i}`. */
  rowTestId: string;
  addTestId: string;
  addLabel: string;
  /** The values of a newly added row. */
  newRow: EligibilityFormValues[N][number];
  children: (field: FormListFieldData) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <Divider titlePlacement="start" plain>
        {props.title}
      </Divider>
      <Form.List name={props.name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} wrap align="start" data-testid={`${props.rowTestId}-${f.name}`}>
                {props.children(f)}
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
              onClick={() => add({ ...props.newRow })}
              data-testid={props.addTestId}
            >
              {props.addLabel}
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  );
}

/**
 * The 申报条件 inputs (inside a <Form> over EligibilityFormValues): work periods, certificates, education,
 * apprenticeship, internship and, with `asOf`, the 申报日期. Used by 申报条件自测 and the exam registration form;
 * `toEligibilityInput` (eligibilityForm.ts) turns the values into the API's input.
 */
export function EligibilityInputFields({
  form,
  levelLabel = defaultLevelLabel,
  asOf = false,
}: {
  form: FormInstance<EligibilityFormValues>;
  /** The certificate level options' labels (default: 五级/初级工 … 一级/高级技师). */
  levelLabel?: (level: Level) => string;
  /** Show the 申报日期 field (the self-check page; a registration is checked as of today). */
  asOf?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <ListEditor
        name="work"
        title={t('elig.work')}
        rowTestId="elig-work"
        addTestId="elig-add-work"
        addLabel={t('elig.addWork')}
        newRow={{ occupation: '', ongoing: false }}
      >
        {(f) => (
          <>
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
          </>
        )}
      </ListEditor>

      <ListEditor
        name="certificates"
        title={t('elig.certificates')}
        rowTestId="elig-cert"
        addTestId="elig-add-cert"
        addLabel={t('elig.addCertificate')}
        newRow={{ occupation: '电子商务师', kind: 'skill' }}
      >
        {(f) => (
          <>
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
                options={LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))}
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
          </>
        )}
      </ListEditor>

      <ListEditor
        name="education"
        title={t('elig.education')}
        rowTestId="elig-edu"
        addTestId="elig-add-edu"
        addLabel={t('elig.addEducation')}
        newRow={{ schoolType: undefined, major: '电子商务', graduated: true }}
      >
        {(f) => (
          <>
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
          </>
        )}
      </ListEditor>

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
        {asOf ? (
          <Form.Item name="asOf" label={t('elig.asOf')} tooltip={t('elig.asOfHint')}>
            <DatePicker data-testid="elig-asof" />
          </Form.Item>
        ) : null}
      </Flex>
    </>
  );
}
