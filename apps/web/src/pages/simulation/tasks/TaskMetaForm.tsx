import { SKILL_WEIGHT_ITEMS } from '@crossskill/simulation';
import { Col, Form, type FormInstance, Input, InputNumber, Row, Select } from 'antd';
import { useL } from '../console/l10n';
import { MARKETPLACE_LABELS, MARKETPLACES, WORK_TYPES } from '../console/labels';
import type { TaskMeta } from './editorUtil';
import { SkillItemPicker } from './SkillItemPicker';

export const SUZHOU_CATEGORIES = ['开发选品', '产品采购', '美工设计', '平台运营', '物流管理'] as const;

export type MetaValues = TaskMeta & { marketplace: string };

/** The task's metadata as a structured form (the rest of the definition is edited as JSON). */
export function TaskMetaForm({ form, readOnly }: { form: FormInstance<MetaValues>; readOnly: boolean }) {
  const { L, lang } = useL();
  const level = Form.useWatch('level', form) as number | undefined;
  const workType = Form.useWatch('workType', form) as string | undefined;
  return (
    <Form form={form} layout="vertical" disabled={readOnly} data-testid="sim-task-meta">
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="code" label={L('任务编号', 'Code')} rules={[{ required: true, max: 40 }]}>
            <Input data-testid="sim-task-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item name="titleZh" label={L('标题（中文）', 'Title (Chinese)')} rules={[{ required: true }]}>
            <Input data-testid="sim-task-title-zh" />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item name="titleEn" label={L('标题（英文）', 'Title (English)')} rules={[{ required: true }]}>
            <Input data-testid="sim-task-title-en" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="level" label={L('等级', 'Level')} rules={[{ required: true }]}>
            <Select options={[5, 4, 3, 2, 1].map((l) => ({ value: l, label: L(`${l} 级`, `Level ${l}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="workType" label={L('工种', 'Work type')} rules={[{ required: true }]}>
            <Select options={WORK_TYPES.map((w) => ({ value: w, label: w }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item
            name="weightItem"
            label={L('职业功能（权重表）', 'Function (weight table)')}
            rules={[{ required: true }]}
          >
            <Select options={SKILL_WEIGHT_ITEMS.map((w) => ({ value: w, label: w }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="marketplace" label={L('平台', 'Marketplace')} rules={[{ required: true }]}>
            <Select options={MARKETPLACES.map((m) => ({ value: m, label: MARKETPLACE_LABELS[m][lang] }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="timeLimitMinutes" label={L('时限（分钟）', 'Time limit (min)')} rules={[{ required: true }]}>
            <InputNumber min={1} max={600} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="skillItems" label={L('标准技能点', 'Standard skill items')}>
            <SkillItemPicker level={level} workType={workType} disabled={readOnly} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="suzhouCategories" label={L('苏州人才类别', 'Suzhou categories')}>
            <Select mode="multiple" options={SUZHOU_CATEGORIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="instructionsZh"
            label={L('任务说明（中文，可用 {参数}）', 'Instructions (Chinese, {param} allowed)')}
            rules={[{ required: true }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="instructionsEn"
            label={L('任务说明（英文）', 'Instructions (English)')}
            rules={[{ required: true }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
