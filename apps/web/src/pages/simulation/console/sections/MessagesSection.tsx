import type { FaqEntry, MessageThread } from '@crossskill/simulation';
import {
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  List,
  Popconfirm,
  Row,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { formatSimTime } from '../helpers';
import { useL } from '../l10n';

/** 客服: buyer threads in their languages (with the Chinese gloss when the simulator gives one) and the FAQ. */
export function MessagesSection() {
  const { L } = useL();
  return (
    <Tabs
      data-testid="sim-messages"
      items={[
        { key: 'threads', label: L('买家消息', 'Buyer messages'), children: <ThreadsPanel /> },
        { key: 'faq', label: L('常见问题', 'FAQ'), children: <FaqPanel /> },
      ]}
    />
  );
}

function ThreadsPanel() {
  const { state } = useConsole();
  const { L } = useL();
  const [openId, setOpenId] = useState<string | null>(null);
  const threads = [...state.messages].sort((a, b) => b.receivedAt - a.receivedAt);
  const open = state.messages.find((m) => m.id === openId) ?? null;
  return (
    <Row gutter={8}>
      <Col xs={24} md={9}>
        <List
          size="small"
          bordered
          dataSource={threads}
          locale={{ emptyText: L('暂无消息', 'No messages') }}
          renderItem={(t) => (
            <List.Item
              onClick={() => setOpenId(t.id)}
              style={{ cursor: 'pointer', background: t.id === openId ? 'rgba(22,119,255,0.08)' : undefined }}
              data-testid={`sim-thread-${t.id}`}
            >
              <Space direction="vertical" size={0} style={{ width: '100%' }}>
                <Space>
                  {t.status === 'awaiting_reply' ? <Badge status="error" /> : null}
                  <b>{t.buyer.name}</b>
                  <Tag>{t.buyer.language}</Tag>
                  <Tag>{t.topic}</Tag>
                </Space>
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
                  {t.messages.at(-1)?.text}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Col>
      <Col xs={24} md={15}>
        {open ? <ThreadView thread={open} key={open.id} /> : <Empty description={L('选择一条消息', 'Pick a thread')} />}
      </Col>
    </Row>
  );
}

function ThreadView({ thread }: { thread: MessageThread }) {
  const { L } = useL();
  const act = useAct();
  const [text, setText] = useState('');
  return (
    <Card
      size="small"
      title={`${thread.buyer.name} · ${thread.buyer.country} · ${thread.orderId ?? ''}`}
      extra={<Tag data-testid="sim-thread-status">{thread.status}</Tag>}
      data-testid="sim-thread-view"
    >
      {thread.messages.map((m, i) => {
        const gloss = (m as { glossZh?: string }).glossZh;
        return (
          <div
            key={`${m.at}|${m.from}|${m.text.slice(0, 40)}`}
            style={{ textAlign: m.from === 'seller' ? 'right' : 'left', marginBottom: 8 }}
            data-testid={`sim-msg-${i}`}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.from === 'buyer' ? thread.buyer.name : L('我', 'Me')} · {formatSimTime(m.at)}
            </Typography.Text>
            <div
              lang={m.from === 'buyer' ? thread.buyer.language : undefined}
              style={{
                display: 'inline-block',
                maxWidth: '90%',
                padding: '6px 10px',
                borderRadius: 8,
                background: m.from === 'seller' ? '#e6f4ff' : '#f5f5f5',
                whiteSpace: 'pre-wrap',
                textAlign: 'left',
              }}
            >
              {m.text}
              {gloss ? (
                <div style={{ color: '#888', fontSize: 12, marginTop: 4 }} lang="zh-CN">
                  {L('译', 'Gloss')}: {gloss}
                </div>
              ) : null}
            </div>
          </div>
        );
      })}
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 10 }}
        placeholder={L('用买家的语言回复（英语或目标市场语言）', 'Reply in the buyer’s language')}
        data-testid="sim-reply-text"
      />
      <RefusalAlert error={act.error} testId="sim-reply-error" />
      <Space style={{ marginTop: 8 }}>
        <Button
          type="primary"
          loading={act.busy}
          disabled={!text.trim()}
          onClick={async () => {
            if ((await act.run({ type: 'message.reply', threadId: thread.id, text: text.trim() })).ok) setText('');
          }}
          data-testid="sim-reply-send"
        >
          {L('发送', 'Send')}
        </Button>
        <Button onClick={() => void act.run({ type: 'message.close', threadId: thread.id })}>
          {L('关闭会话', 'Close')}
        </Button>
      </Space>
    </Card>
  );
}

const FAQ_TOPICS: FaqEntry['topic'][] = ['logistics', 'payment', 'return', 'product', 'other'];

function FaqPanel() {
  const { state } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [form] = Form.useForm<{ topic: FaqEntry['topic']; question: string; answer: string }>();
  return (
    <div data-testid="sim-faq">
      <Form form={form} layout="vertical" initialValues={{ topic: 'logistics' }} data-testid="sim-faq-form">
        <Row gutter={8}>
          <Col xs={24} md={6}>
            <Form.Item name="topic" label={L('主题', 'Topic')}>
              <Select options={FAQ_TOPICS.map((t) => ({ value: t, label: t }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item name="question" label={L('问题', 'Question')} rules={[{ required: true }]}>
              <Input data-testid="sim-faq-question" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="answer" label={L('回答', 'Answer')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} data-testid="sim-faq-answer" />
        </Form.Item>
        <Button
          type="primary"
          loading={act.busy}
          data-testid="sim-faq-add"
          onClick={async () => {
            const v = await valuesOf(form);
            if (!v) return;
            if ((await act.run({ type: 'faq.add', ...v })).ok) form.resetFields(['question', 'answer']);
          }}
        >
          {L('添加', 'Add')}
        </Button>
      </Form>
      <RefusalAlert error={act.error} testId="sim-faq-error" />
      <List
        style={{ marginTop: 8 }}
        size="small"
        bordered
        dataSource={state.faq}
        locale={{ emptyText: L('暂无常见问题', 'No FAQ entries') }}
        renderItem={(f) => (
          <List.Item
            actions={[
              <Popconfirm
                key="rm"
                title={L('删除？', 'Remove?')}
                onConfirm={() => void act.run({ type: 'faq.remove', faqId: f.id })}
              >
                <Button size="small" type="link" danger>
                  {L('删除', 'Remove')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  <Tag>{f.topic}</Tag> {f.question}
                </>
              }
              description={
                <Typography.Paragraph
                  style={{ marginBottom: 0 }}
                  editable={{
                    onChange: (answer) => {
                      if (answer.trim() && answer !== f.answer)
                        void act.run({ type: 'faq.update', faqId: f.id, answer });
                    },
                  }}
                >
                  {f.answer}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
