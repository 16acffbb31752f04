import { AutoComplete, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { parseAnswerValue } from '../helpers';
import { useL } from '../l10n';

/** 提交答案: the task's questions (data analysis, product selection, a freight figure …) answered by key. */
export function AnswerForm() {
  const { state } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ key: string; value: string }>();
  const answered = Object.entries(state.answers);
  return (
    <Card size="small" style={{ marginTop: 8 }} title={L('提交答案', 'Submit an answer')} data-testid="sim-answer">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {L(
          '按任务说明填写答案编号（如 freight）和答案；多个值用逗号分隔。',
          'Use the answer key the task names (e.g. freight); separate several values with commas.',
        )}
      </Typography.Paragraph>
      <Form form={form} layout="inline" style={{ rowGap: 8 }} data-testid="sim-answer-form">
        <Form.Item name="key" rules={[{ required: true }]}>
          <AutoComplete
            style={{ width: 160 }}
            placeholder={L('答案编号', 'Answer key')}
            options={answered.map(([k]) => ({ value: k }))}
            data-testid="sim-answer-key"
          />
        </Form.Item>
        <Form.Item name="value" rules={[{ required: true }]}>
          <Input style={{ width: 220 }} placeholder={L('答案', 'Answer')} data-testid="sim-answer-value" />
        </Form.Item>
        <Button
          type="primary"
          loading={act.busy}
          data-testid="sim-answer-submit"
          onClick={async () => {
            const v = await valuesOf(form);
            if (!v) return;
            await act.run({ type: 'answer.submit', key: v.key.trim(), value: parseAnswerValue(v.value) });
          }}
        >
          {L('提交', 'Submit')}
        </Button>
      </Form>
      <RefusalAlert error={act.error} testId="sim-answer-error" />
      {answered.length > 0 ? (
        <Descriptions size="small" column={1} style={{ marginTop: 8 }} bordered>
          {answered.map(([k, v]) => (
            <Descriptions.Item key={k} label={k}>
              {Array.isArray(v) ? v.join(', ') : String(v)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
    </Card>
  );
}
