import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import {
  addNode,
  editNode,
  moveNode,
  retireNode,
  type SnapshotContent,
  type SnapshotFunction,
  type StandardVersion,
  standardKeys,
} from '../../api/standards';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useI18n } from '../../i18n';
import { applyServerErrors } from '../../lib/forms';
import { settle, tid } from '../../lib/testid';
import { StandardTree, type TreeNode } from './StandardTree';
import { LEVELS, type Level, levelName, levelTree, WORK_TYPES, type WorkType } from './standardsUtil';

type Kind = TreeNode['kind'];

/** What the drawer edits: an existing node, or a new one under a parent. */
type DrawerState =
  | { mode: 'edit'; node: TreeNode; level: Level }
  | { mode: 'add'; kind: Kind; parent: SnapshotFunction | SnapshotContent | null; level: Level };

interface NodeForm {
  code: string;
  text: string;
  workTypes: WorkType[];
}

const hasName = (kind: Kind) => kind === 'function' || kind === 'content';

function nextCode(parentCode: string | null, siblings: { code: string }[]): string {
  const last = siblings.map((s) => Number(s.code.split('.').at(-1))).filter((n) => Number.isFinite(n));
  const next = (last.length > 0 ? Math.max(...last) : 0) + 1;
  return parentCode ? `${parentCode}.${next}` : String(next);
}

function NodeDrawer({
  version,
  state,
  onClose,
}: {
  version: StandardVersion;
  state: DrawerState;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<NodeForm>();
  const [error, setError] = useState<string | null>(null);
  const kind = state.mode === 'edit' ? state.node.kind : state.kind;
  const named = hasName(kind);
  const levelWorkTypes = version.snapshot.levels.find((l) => l.level === state.level)?.workTypes ?? WORK_TYPES;

  const initial = useMemo<NodeForm>(() => {
    if (state.mode === 'edit') {
      const n = state.node;
      return { code: n.code, text: 'text' in n ? n.text : n.name, workTypes: [...(n.workTypes ?? [])] };
    }
    const p = state.parent;
    const siblings =
      p === null
        ? (version.snapshot.levels.find((l) => l.level === state.level)?.functions ?? [])
        : p.kind === 'function'
          ? p.contents
          : state.kind === 'skill'
            ? p.skills
            : p.knowledge;
    return { code: nextCode(p?.code ?? null, siblings), text: '', workTypes: [...(p?.workTypes ?? [])] };
  }, [state, version.snapshot.levels]);

  const save = useMutation({
    mutationFn: (v: NodeForm) => {
      const text = v.text.trim();
      const code = v.code.trim();
      const workTypes = v.workTypes.length > 0 ? v.workTypes : undefined;
      if (state.mode === 'edit') {
        const n = state.node;
        const body: Parameters<typeof editNode>[2] = {};
        const oldText = 'text' in n ? n.text : n.name;
        if (text !== oldText) body[named ? 'name' : 'text'] = text;
        if (code !== n.code) body.code = code;
        const oldWt = [...(n.workTypes ?? [])].sort().join();
        if ((workTypes ?? []).slice().sort().join() !== oldWt) body.workTypes = workTypes ?? null;
        if (Object.keys(body).length === 0) return Promise.resolve(null);
        return editNode(version.id, n.id, body);
      }
      return addNode(version.id, {
        kind: state.kind,
        ...(state.parent ? { parentId: state.parent.id } : { level: state.level }),
        code,
        ...(named ? { name: text } : { text }),
        ...(workTypes ? { workTypes } : {}),
      });
    },
    onSuccess: (r) => {
      void message.success(r === null ? t('profile.noChanges') : t('common.saved'));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
      onClose();
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  const kindLabel = t(`edit.kind.${kind}`);
  return (
    <Drawer
      open
      size={520}
      title={state.mode === 'edit' ? t('edit.editTitle', { kind: kindLabel }) : t('edit.addTitle', { kind: kindLabel })}
      onClose={onClose}
      destroyOnHidden
      data-testid="node-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="node-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {state.mode === 'edit' ? (
        <Typography.Paragraph type="secondary">
          {t('edit.nodeId')}: <Typography.Text code>{state.node.id}</Typography.Text>
        </Typography.Paragraph>
      ) : state.parent ? (
        <Typography.Paragraph type="secondary">
          {t('edit.parent')}: {state.parent.code} {state.parent.name}
        </Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        data-testid="node-form"
      >
        <Form.Item name="code" label={t('edit.code')} rules={[{ required: true, whitespace: true }, { max: 20 }]}>
          <Input style={{ maxWidth: 160 }} data-testid="node-code" />
        </Form.Item>
        <Form.Item
          name="text"
          label={named ? t('edit.name') : t('edit.text')}
          rules={[{ required: true, whitespace: true, message: t('edit.textRequired') }, { max: 500 }]}
        >
          <Input.TextArea
            autoSize={{ minRows: named ? 1 : 3, maxRows: 8 }}
            showCount
            maxLength={500}
            data-testid="node-text"
          />
        </Form.Item>
        {levelWorkTypes.length > 0 ? (
          <Form.Item name="workTypes" label={t('edit.workTypes')} extra={t('edit.workTypesHint')}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('edit.allWorkTypes')}
              data-testid="node-worktypes"
              options={levelWorkTypes.map((w) => ({ value: w, label: w }))}
            />
          </Form.Item>
        ) : null}
        <FormErrorAlert message={error} testId="node-error" />
      </Form>
    </Drawer>
  );
}

interface MoveForm {
  parentId: string;
  position?: number | null;
  code?: string;
}

function MoveModal({
  version,
  node,
  level,
  onClose,
}: {
  version: StandardVersion;
  node: TreeNode;
  level: Level;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<MoveForm>();
  const [error, setError] = useState<string | null>(null);
  const functions = levelTree(
    version.snapshot.levels.find((l) => l.level === level),
    null,
  );
  const parents =
    node.kind === 'function'
      ? [{ value: `L${level}`, label: levelName(version.snapshot, level) }]
      : node.kind === 'content'
        ? functions.map((f) => ({ value: f.id, label: `${f.code} ${f.name}` }))
        : functions.flatMap((f) => f.contents.map((c) => ({ value: c.id, label: `${c.code} ${c.name}` })));
  const currentParent =
    node.kind === 'function'
      ? `L${level}`
      : node.kind === 'content'
        ? functions.find((f) => f.contents.some((c) => c.id === node.id))?.id
        : functions.flatMap((f) => f.contents).find((c) => [...c.skills, ...c.knowledge].some((i) => i.id === node.id))
            ?.id;

  const move = useMutation({
    mutationFn: (v: MoveForm) =>
      moveNode(version.id, node.id, {
        ...(node.kind === 'function' ? {} : { parentId: v.parentId }),
        ...(typeof v.position === 'number' ? { position: v.position - 1 } : {}),
        ...(v.code?.trim() && v.code.trim() !== node.code ? { code: v.code.trim() } : {}),
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
      onClose();
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  return (
    <Modal
      open
      title={t('edit.moveTitle', { code: node.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={move.isPending}
      okButtonProps={tid('move-ok')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ parentId: currentParent, code: node.code }}
        onFinish={(v) => move.mutate(v)}
      >
        <Form.Item name="parentId" label={t('edit.newParent')} rules={[{ required: true }]}>
          <Select options={parents} disabled={node.kind === 'function'} data-testid="move-parent" />
        </Form.Item>
        <Form.Item name="position" label={t('edit.position')} extra={t('edit.positionHint')}>
          <InputNumber min={1} precision={0} data-testid="move-position" />
        </Form.Item>
        <Form.Item name="code" label={t('edit.newCode')} extra={t('edit.newCodeHint')}>
          <Input style={{ maxWidth: 160 }} data-testid="move-code" />
        </Form.Item>
        <FormErrorAlert message={error} testId="move-error" />
      </Form>
    </Modal>
  );
}

/** The draft's tree of one level with edit / move / retire / add on every node. */
export function DraftNodeEditor({ version }: { version: StandardVersion }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [level, setLevel] = useState<Level>(4);
  const [drawer, setDrawer] = useState<DrawerState | null>(null);
  const [moving, setMoving] = useState<TreeNode | null>(null);
  const snapshot = version.snapshot;
  const functions = useMemo(
    () =>
      levelTree(
        snapshot.levels.find((l) => l.level === level),
        null,
        true,
      ),
    [snapshot, level],
  );

  const retire = useMutation({
    mutationFn: (node: TreeNode) => retireNode(version.id, node.id),
    onSuccess: () => {
      void message.success(t('edit.retired'));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const actions = (node: TreeNode) =>
    node.status === 'retired' ? null : (
      <Space size={0}>
        <Tooltip title={t('common.edit')}>
          <Button
            type="text"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setDrawer({ mode: 'edit', node, level })}
            data-testid={`node-edit-${node.id}`}
            aria-label={t('common.edit')}
          />
        </Tooltip>
        <Tooltip title={t('edit.move')}>
          <Button
            type="text"
            size="small"
            icon={<DragOutlined />}
            onClick={() => setMoving(node)}
            data-testid={`node-move-${node.id}`}
            aria-label={t('edit.move')}
          />
        </Tooltip>
        <Popconfirm
          title={t('edit.retireConfirm', { code: node.code })}
          description={node.kind === 'function' || node.kind === 'content' ? t('edit.retireChildren') : undefined}
          onConfirm={() => settle(retire.mutateAsync(node))}
          okButtonProps={{ danger: true, ...tid('node-retire-ok') }}
        >
          <Tooltip title={t('edit.retire')}>
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              data-testid={`node-retire-${node.id}`}
              aria-label={t('edit.retire')}
            />
          </Tooltip>
        </Popconfirm>
      </Space>
    );

  const footer = (parent: SnapshotFunction | SnapshotContent) =>
    parent.status === 'retired' ? null : parent.kind === 'function' ? (
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => setDrawer({ mode: 'add', kind: 'content', parent, level })}
        data-testid={`node-add-content-${parent.id}`}
      >
        {t('edit.addContent')}
      </Button>
    ) : (
      <Flex gap={8} style={{ marginTop: 8 }}>
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => setDrawer({ mode: 'add', kind: 'skill', parent, level })}
          data-testid={`node-add-skill-${parent.id}`}
        >
          {t('edit.addSkill')}
        </Button>
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => setDrawer({ mode: 'add', kind: 'knowledge', parent, level })}
          data-testid={`node-add-knowledge-${parent.id}`}
        >
          {t('edit.addKnowledge')}
        </Button>
      </Flex>
    );

  return (
    <Flex vertical gap={12} data-testid="node-editor">
      <Flex gap={12} wrap align="center" justify="space-between">
        <Segmented
          value={level}
          onChange={(v) => setLevel(v as Level)}
          data-testid="edit-level"
          options={LEVELS.map((l) => ({
            value: l,
            label: <span data-testid={`edit-level-${l}`}>{levelName(snapshot, l)}</span>,
          }))}
        />
        <Button
          icon={<PlusOutlined />}
          onClick={() => setDrawer({ mode: 'add', kind: 'function', parent: null, level })}
          data-testid="node-add-function"
        >
          {t('edit.addFunction')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('edit.treeHint')}</Typography.Text>
      <StandardTree functions={functions} showWorkTypes actions={actions} footer={footer} />
      {drawer ? <NodeDrawer version={version} state={drawer} onClose={() => setDrawer(null)} /> : null}
      {moving ? <MoveModal version={version} node={moving} level={level} onClose={() => setMoving(null)} /> : null}
    </Flex>
  );
}
