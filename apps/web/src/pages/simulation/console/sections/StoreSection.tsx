import { Button, Col, Form, Row, Tabs, Tag, Typography } from 'antd';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { useL } from '../l10n';
import { FieldRuleInput } from './FieldRuleInput';
import { StoreCategoriesPanel } from './StoreCategoriesPanel';
import { SubAccountsPanel } from './SubAccountsPanel';
import { ViolationList } from './ViolationList';

/** 店铺设置: registration and verification, settings, store categories, sub-accounts. */
export function StoreSection() {
  const { L } = useL();
  return (
    <Tabs
      data-testid="sim-store"
      items={[
        { key: 'registration', label: L('入驻与认证', 'Registration'), children: <RegistrationPanel /> },
        { key: 'settings', label: L('店铺设置', 'Settings'), children: <SettingsPanel /> },
        { key: 'categories', label: L('店铺分组', 'Store categories'), children: <StoreCategoriesPanel /> },
        { key: 'subaccounts', label: L('子账号', 'Sub-accounts'), children: <SubAccountsPanel /> },
      ]}
    />
  );
}

function RegistrationPanel() {
  const { state, env } = useConsole();
  const { L } = useL();
  const register = useAct();
  const verify = useAct();
  const [form] = Form.useForm<Record<string, string>>();
  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const fields: Record<string, string> = {};
    for (const [k, val] of Object.entries(v)) if (val !== undefined && val !== null) fields[k] = String(val).trim();
    await register.run({ type: 'store.register', fields });
  };
  return (
    <div data-testid="sim-registration">
      <Typography.Paragraph>
        {L('店铺状态', 'Store status')}: <Tag data-testid="sim-registration-status">{state.store.status}</Tag>
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={state.store.registration} data-testid="sim-registration-form">
        <Row gutter={12}>
          {env.rules.registrationFields.map((f) => (
            <Col xs={24} md={12} key={f.key}>
              <FieldRuleInput field={f} testPrefix="sim-reg" />
            </Col>
          ))}
        </Row>
      </Form>
      <RefusalAlert error={register.error} testId="sim-registration-error" />
      <Button type="primary" loading={register.busy} onClick={() => void submit()} data-testid="sim-registration-save">
        {L('保存入驻资料', 'Save registration')}
      </Button>{' '}
      <Button
        loading={verify.busy}
        onClick={() => void verify.run({ type: 'store.submitVerification' })}
        data-testid="sim-verification-submit"
      >
        {L('提交认证', 'Submit for verification')}
      </Button>
      <RefusalAlert error={verify.error} testId="sim-verification-error" />
      <ViolationList
        violations={state.store.verificationProblems}
        title={L('认证未通过的原因', 'Why verification failed')}
        testId="sim-verification-problems"
      />
    </div>
  );
}

function SettingsPanel() {
  const { state, env } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm<Record<string, string | number | boolean>>();
  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const settings: Record<string, string | number | boolean> = {};
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined || val === null || val === '') continue;
      settings[k] = typeof val === 'string' ? val.trim() : val;
    }
    await act.run({ type: 'store.updateSettings', settings });
  };
  return (
    <Form form={form} layout="vertical" initialValues={state.store.settings} data-testid="sim-settings-form">
      <Row gutter={12}>
        {env.rules.settingFields.map((f) => (
          <Col xs={24} md={12} key={f.key}>
            <FieldRuleInput field={f} testPrefix="sim-setting" />
          </Col>
        ))}
      </Row>
      <RefusalAlert error={act.error} testId="sim-settings-error" />
      <Button type="primary" loading={act.busy} onClick={() => void submit()} data-testid="sim-settings-save">
        {L('保存设置', 'Save settings')}
      </Button>
    </Form>
  );
}
