import { Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { applyServerErrors } from '../../../lib/forms';
import { tid } from '../../../lib/testid';
import { useL } from '../console/l10n';
import type { SimTaskSummary } from '../console/simApi';

/** 复制到本机构: the copy needs its own code (unique in the organisation). */
export function CopyTaskModal({
  task,
  onClose,
  onCopy,
}: {
  task: SimTaskSummary | null;
  onClose: () => void;
  onCopy: (code: string) => Promise<void>;
}) {
  const { L, loc } = useL();
  const [form] = Form.useForm<{ code: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (task) {
      form.setFieldsValue({ code: `${task.code}-C`.slice(0, 40) });
      setError(null);
    }
  }, [task, form]);
  return (
    <Modal
      open={task !== null}
      onCancel={onClose}
      title={task ? `${L('复制任务', 'Copy task')}: ${loc(task.title)}` : ''}
      confirmLoading={busy}
      okButtonProps={tid('sim-task-copy-save')}
      onOk={async () => {
        const values = await form.validateFields().catch(() => null);
        if (!values) return;
        const { code } = values;
        setBusy(true);
        try {
          await onCopy(code.trim());
        } catch (e) {
          setError(applyServerErrors(form, e));
        } finally {
          setBusy(false);
        }
      }}
    >
      <FormErrorAlert message={error} />
      <Form form={form} layout="vertical">
        <Form.Item name="code" label={L('新任务编号', 'Code of the copy')} rules={[{ required: true, max: 40 }]}>
          <Input data-testid="sim-task-copy-code" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
