import type { AdCampaign, AdKeyword } from '@crossskill/simulation';
import { Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { tid } from '../../../../lib/testid';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { useL } from '../l10n';

interface CampaignValues {
  name: string;
  targeting: 'manual' | 'auto';
  dailyBudget: number;
  biddingStrategy: AdCampaign['biddingStrategy'];
  topOfSearchPct: number;
  listingIds: string[];
  keywords: AdKeyword[];
  negativeKeywords: string[];
  defaultBid: number;
}

/** 广告活动: sponsored-product style campaigns with keywords, match types and bids, within the rule set's limits. */
export function AdsPanel() {
  const { state, env } = useConsole();
  const { L } = useL();
  const act = useAct();
  const [editing, setEditing] = useState<AdCampaign | 'new' | null>(null);
  const [form] = Form.useForm<CampaignValues>();
  const ads = env.rules.ads;
  const bid = ads.bid.value;
  const budget = ads.dailyBudget.value;

  const open = (c: AdCampaign | 'new') => {
    act.clear();
    setEditing(c);
    form.setFieldsValue(
      c === 'new'
        ? {
            name: '',
            targeting: 'manual',
            dailyBudget: Math.max(budget.min, 10),
            biddingStrategy: 'down_only',
            topOfSearchPct: 0,
            listingIds: [],
            keywords: [],
            negativeKeywords: [],
            defaultBid: Math.max(bid.min, 0.5),
          }
        : { ...c },
    );
  };
  const submit = async () => {
    const v = await valuesOf(form);
    if (!v) return;
    const keywords = (v.keywords ?? []).map((k) => ({ ...k, text: k.text.trim() }));
    let ok = false;
    if (editing === 'new') {
      ok = (await act.run({ type: 'ads.createCampaign', ...v, keywords, negativeKeywords: v.negativeKeywords ?? [] }))
        .ok;
    } else if (editing) {
      const a = await act.run({
        type: 'ads.updateCampaign',
        campaignId: editing.id,
        dailyBudget: v.dailyBudget,
        biddingStrategy: v.biddingStrategy,
        topOfSearchPct: v.topOfSearchPct,
        defaultBid: v.defaultBid,
      });
      ok =
        a.ok &&
        (
          await act.run({
            type: 'ads.setKeywords',
            campaignId: editing.id,
            keywords,
            negativeKeywords: v.negativeKeywords ?? [],
          })
        ).ok;
    }
    if (ok) setEditing(null);
  };

  return (
    <div data-testid="sim-ads">
      <Button type="primary" style={{ marginBottom: 8 }} onClick={() => open('new')} data-testid="sim-ad-new">
        {L('创建广告活动', 'Create campaign')}
      </Button>
      <Table<AdCampaign>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={state.ads}
        scroll={{ x: 720 }}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: L('名称', 'Name'), dataIndex: 'name' },
          { title: L('投放', 'Targeting'), dataIndex: 'targeting', width: 80 },
          { title: L('日预算 $', 'Budget $'), dataIndex: 'dailyBudget', width: 90 },
          {
            title: L('关键词', 'Keywords'),
            dataIndex: 'keywords',
            render: (ks: AdKeyword[]) => ks.map((k) => `${k.text} [${k.match}] $${k.bid}`).join('; '),
          },
          { title: L('状态', 'Status'), dataIndex: 'status', width: 90, render: (s: string) => <Tag>{s}</Tag> },
          {
            title: '',
            key: 'ops',
            width: 140,
            render: (_: unknown, c) => (
              <Space size={0}>
                <Button size="small" type="link" onClick={() => open(c)}>
                  {L('编辑', 'Edit')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  onClick={() =>
                    void act.run({
                      type: 'ads.updateCampaign',
                      campaignId: c.id,
                      status: c.status === 'enabled' ? 'paused' : 'enabled',
                    })
                  }
                >
                  {c.status === 'enabled' ? L('暂停', 'Pause') : L('启用', 'Enable')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing === null ? <RefusalAlert error={act.error} testId="sim-ad-error" /> : null}
      <Modal
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        confirmLoading={act.busy}
        width={780}
        title={editing === 'new' ? L('创建广告活动', 'Create campaign') : L('编辑广告活动', 'Edit campaign')}
        okButtonProps={tid('sim-ad-save')}
      >
        <Form form={form} layout="vertical" data-testid="sim-ad-form">
          <Row gutter={8}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={L('活动名称', 'Name')} rules={[{ required: true }]}>
                <Input disabled={editing !== 'new'} data-testid="sim-ad-name" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="targeting" label={L('投放方式', 'Targeting')}>
                <Select
                  disabled={editing !== 'new'}
                  options={[
                    { value: 'manual', label: L('手动', 'Manual') },
                    { value: 'auto', label: L('自动', 'Auto') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="dailyBudget" label={`${L('日预算 $', 'Daily budget $')} (${budget.min}–${budget.max})`}>
                <InputNumber min={0} step={1} style={{ width: '100%' }} data-testid="sim-ad-budget" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="biddingStrategy" label={L('竞价策略', 'Bidding')}>
                <Select
                  options={[
                    { value: 'fixed', label: L('固定竞价', 'Fixed') },
                    { value: 'down_only', label: L('动态竞价-只降低', 'Dynamic down only') },
                    { value: 'up_and_down', label: L('动态竞价-提高和降低', 'Dynamic up and down') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="topOfSearchPct"
                label={`${L('搜索顶部溢价 %', 'Top of search %')} (≤ ${ads.topOfSearchPct.value.max})`}
              >
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="defaultBid" label={`${L('默认竞价 $', 'Default bid $')} (${bid.min}–${bid.max})`}>
                <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="listingIds" label={L('推广商品', 'Listings')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              disabled={editing !== 'new'}
              options={state.listings.map((l) => ({ value: l.id, label: `${l.id} ${l.title.slice(0, 40)}` }))}
              data-testid="sim-ad-listings"
            />
          </Form.Item>
          <Form.List name="keywords">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'text']} rules={[{ required: true }]}>
                      <Input placeholder={L('关键词', 'Keyword')} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'match']}>
                      <Select
                        style={{ width: 110 }}
                        options={[
                          { value: 'exact', label: L('精准', 'Exact') },
                          { value: 'phrase', label: L('词组', 'Phrase') },
                          { value: 'broad', label: L('广泛', 'Broad') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'bid']} rules={[{ required: true }]}>
                      <InputNumber min={0} step={0.01} placeholder="$" />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>−</Button>
                  </Space>
                ))}
                <Button
                  type="dashed"
                  onClick={() => add({ match: 'exact', bid: bid.min })}
                  data-testid="sim-ad-keyword-add"
                >
                  + {L('添加关键词', 'Add keyword')} (≤ {ads.maxKeywordsPerCampaign})
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="negativeKeywords" label={L('否定关键词', 'Negative keywords')} style={{ marginTop: 8 }}>
            <Select mode="tags" tokenSeparators={[',']} />
          </Form.Item>
        </Form>
        <RefusalAlert error={act.error} testId="sim-ad-form-error" />
      </Modal>
    </div>
  );
}
