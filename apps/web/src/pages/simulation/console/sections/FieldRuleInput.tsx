import { InfoCircleOutlined } from '@ant-design/icons';
import type { FieldRule } from '@crossskill/simulation';
import { Form, Input, InputNumber, Select, Space, Switch, Tooltip } from 'antd';
import type { Rule } from 'antd/es/form';
import { useL } from '../l10n';

/** One registration or settings field as the rule set defines it (kind, pattern, limits, hint and source). */
export function FieldRuleInput({ field, testPrefix }: { field: FieldRule; testPrefix: string }) {
  const { L, loc } = useL();
  const rules: Rule[] = [];
  if (field.required) rules.push({ required: true, message: L('必填', 'Required') });
  if (field.pattern) rules.push({ pattern: new RegExp(field.pattern), message: L('格式不正确', 'Wrong format') });
  if (field.kind === 'email') rules.push({ type: 'email', message: L('邮箱格式不正确', 'Not an e-mail address') });
  if (field.minLength !== undefined) rules.push({ min: field.minLength });
  if (field.maxLength !== undefined && field.kind !== 'number') rules.push({ max: field.maxLength });
  const testId = `${testPrefix}-${field.key}`;
  const label = (
    <Space size={4}>
      {loc(field.label)}
      {field.hint || field.source ? (
        <Tooltip
          title={
            <>
              {field.hint ? <div>{loc(field.hint)}</div> : null}
              {field.source ? (
                <div>
                  {L('依据', 'Source')}: {field.source.title} ({field.source.effectiveFrom})
                </div>
              ) : null}
            </>
          }
        >
          <InfoCircleOutlined />
        </Tooltip>
      ) : null}
    </Space>
  );
  let input: React.ReactNode;
  switch (field.kind) {
    case 'number':
      input = <InputNumber min={field.min} max={field.max} style={{ width: '100%' }} data-testid={testId} />;
      break;
    case 'boolean':
      input = <Switch data-testid={testId} />;
      break;
    case 'enum':
      input = (
        <Select
          options={(field.options ?? []).map((o) => ({ value: o.value, label: loc(o.label) }))}
          data-testid={testId}
        />
      );
      break;
    case 'country':
      input = <Input maxLength={2} style={{ textTransform: 'uppercase' }} data-testid={testId} />;
      break;
    default:
      input = <Input data-testid={testId} />;
  }
  return (
    <Form.Item
      name={field.key}
      label={label}
      rules={rules}
      valuePropName={field.kind === 'boolean' ? 'checked' : 'value'}
    >
      {input}
    </Form.Item>
  );
}
