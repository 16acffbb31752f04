import type { Listing, ListingInput } from '@crossskill/simulation';
import { Button, Cascader, Col, Divider, Flex, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { RefusalAlert, useAct, useConsole, valuesOf } from '../context';
import { categoryOptions, categoryPath, utf8Bytes } from '../helpers';
import { useL } from '../l10n';
import { listingViolations } from '../simAdapter';
import { ListingImages } from './ListingImages';
import { ViolationList } from './ViolationList';

interface FormValues {
  sku?: string;
  category?: string[];
  attributes?: Record<string, string | number | undefined>;
  title?: string;
  bulletPoints?: string[];
  description?: string;
  searchTerms?: string;
  price?: number;
  stock?: number;
  shippingTemplateId?: string | null;
  storeCategoryId?: string | null;
}

function toInput(v: FormValues): ListingInput {
  const attributes: Record<string, string> = {};
  for (const [k, val] of Object.entries(v.attributes ?? {})) {
    if (val !== undefined && val !== null && String(val).trim() !== '') attributes[k] = String(val).trim();
  }
  return {
    sku: v.sku ?? '',
    title: v.title ?? '',
    categoryId: v.category?.at(-1) ?? '',
    attributes,
    bulletPoints: (v.bulletPoints ?? []).map((b) => b ?? '').filter((b) => b.trim() !== ''),
    description: v.description ?? '',
    searchTerms: v.searchTerms ?? '',
    price: v.price ?? 0,
    stock: v.stock ?? 0,
    shippingTemplateId: v.shippingTemplateId ?? null,
    storeCategoryId: v.storeCategoryId ?? null,
  };
}

/**
 * 发布/编辑商品: category cascader from the rule set, the leaf's attributes, title with a live character count, and
 * the marketplace's listing rules checked in the browser as the seller types (the server checks again on publish).
 */
export function ListingForm({
  listing,
  presetSku,
  onSaved,
}: {
  listing: Listing | null;
  presetSku?: string;
  onSaved: (listingId: string | null) => void;
}) {
  const { state, env } = useConsole();
  const { L, loc } = useL();
  const [form] = Form.useForm<FormValues>();
  const save = useAct();
  const publish = useAct();
  const values = Form.useWatch([], form) as FormValues | undefined;
  const [createdId, setCreatedId] = useState<string | null>(null);
  const current = listing ?? state.listings.find((l) => l.id === createdId) ?? null;
  const rules = env.rules.listing;

  // The form is keyed per listing by its parent, so these are read once.
  const [initialValues] = useState<FormValues>(() => {
    const product = state.products.find((p) => p.sku === (listing?.sku ?? presetSku));
    return {
      sku: listing?.sku ?? presetSku,
      category: categoryPath(env.rules.categories, listing?.categoryId ?? product?.categoryId),
      attributes: listing?.attributes ?? {},
      title: listing?.title ?? '',
      bulletPoints: listing?.bulletPoints.length ? listing.bulletPoints : [''],
      description: listing?.description ?? '',
      searchTerms: listing?.searchTerms ?? '',
      price: listing?.price,
      stock: listing?.stock,
      shippingTemplateId: listing?.shippingTemplateId ?? state.shippingTemplates.find((t) => t.isDefault)?.id ?? null,
      storeCategoryId: listing?.storeCategoryId ?? null,
    };
  });

  const input = useMemo(() => toInput(values ?? {}), [values]);
  const leaf = env.rules.categories.find((c) => c.id === input.categoryId);
  const draft: Listing = useMemo(
    () => ({
      ...(current ?? { id: 'draft', images: [], status: 'draft', violations: [], quality: 0, rating: 0, reviews: 0 }),
      ...input,
      createdAt: current?.createdAt ?? state.now,
    }),
    [current, input, state.now],
  ) as Listing;
  const live = useMemo(() => listingViolations(draft, state, env), [draft, state, env]);
  const titleMax = rules.title.maxLength.value;
  const searchMax = rules.searchTermsMaxBytes.value;
  const bullets = rules.bulletPoints.value;

  const submit = async () => {
    const values = await valuesOf(form);
    if (!values) return;
    const v = toInput(values);
    if (current) {
      const { sku: _sku, ...patch } = v;
      const r = await save.run({ type: 'listing.update', listingId: current.id, patch });
      if (r.ok) onSaved(current.id);
    } else {
      const r = await save.run({ type: 'listing.create', listing: v });
      if (r.ok) {
        const id = r.events.map((e) => e.refs?.listingId).find(Boolean) ?? null;
        setCreatedId(id ?? null);
        onSaved(id ?? null);
      }
    }
  };

  return (
    <Form form={form} layout="vertical" data-testid="sim-listing-form" size="middle" initialValues={initialValues}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name="sku" label={L('供货商品 SKU', 'Supplier SKU')} rules={[{ required: true }]}>
            <Select
              disabled={Boolean(current)}
              showSearch={{ optionFilterProp: 'label' }}
              options={state.products.map((p) => ({ value: p.sku, label: `${p.sku} · ${L(p.name, p.nameEn)}` }))}
              data-testid="sim-listing-sku"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="category" label={L('类目', 'Category')} rules={[{ required: true }]}>
            <Cascader
              options={categoryOptions(env.rules.categories, loc)}
              placeholder={L('选择叶子类目', 'Choose a leaf category')}
              data-testid="sim-listing-category"
            />
          </Form.Item>
        </Col>
      </Row>
      {leaf && leaf.attributes.length > 0 ? (
        <Row gutter={12} data-testid="sim-listing-attributes">
          {leaf.attributes.map((a) => (
            <Col xs={12} md={8} key={a.key}>
              <Form.Item
                name={['attributes', a.key]}
                label={loc(a.label)}
                required={a.required}
                rules={a.required ? [{ required: true, message: L('必填属性', 'Required attribute') }] : []}
              >
                {a.kind === 'enum' && a.options ? (
                  <Select options={a.options.map((o) => ({ value: o, label: o }))} data-testid={`sim-attr-${a.key}`} />
                ) : (
                  <Input data-testid={`sim-attr-${a.key}`} />
                )}
              </Form.Item>
            </Col>
          ))}
        </Row>
      ) : null}
      <Form.Item
        name="title"
        label={
          <Space>
            {L('商品标题', 'Title')}
            <Typography.Text
              type={input.title.length > titleMax ? 'danger' : 'secondary'}
              data-testid="sim-title-count"
            >
              {input.title.length} / {titleMax}
            </Typography.Text>
          </Space>
        }
        rules={[{ required: true }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="sim-listing-title" />
      </Form.Item>
      <Typography.Text strong>
        {L('五点描述', 'Bullet points')} ({bullets.min}–{bullets.max})
      </Typography.Text>
      <Form.List name="bulletPoints">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={6} style={{ marginTop: 6 }}>
                <Form.Item name={f.name} noStyle>
                  <Input maxLength={bullets.maxLength * 2} placeholder={`${i + 1}`} data-testid={`sim-bullet-${i}`} />
                </Form.Item>
                <Button onClick={() => remove(f.name)} aria-label={L('删除', 'Remove')}>
                  −
                </Button>
              </Flex>
            ))}
            {fields.length < bullets.max ? (
              <Button type="dashed" onClick={() => add('')} style={{ marginTop: 6 }} data-testid="sim-bullet-add">
                + {L('添加要点', 'Add bullet')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
      <Form.Item name="description" label={L('商品描述', 'Description')} style={{ marginTop: 12 }}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="sim-listing-description" />
      </Form.Item>
      <Form.Item
        name="searchTerms"
        label={`${L('搜索关键词', 'Search terms')}${searchMax ? ` (${utf8Bytes(input.searchTerms)} / ${searchMax} bytes)` : ''}`}
      >
        <Input data-testid="sim-listing-search-terms" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="price" label={L('售价 (USD)', 'Price (USD)')} rules={[{ required: true }]}>
            <InputNumber min={0} step={0.01} style={{ width: '100%' }} data-testid="sim-listing-price" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="stock" label={L('库存', 'Stock')} rules={[{ required: true }]}>
            <InputNumber min={0} step={1} style={{ width: '100%' }} data-testid="sim-listing-stock" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="shippingTemplateId" label={L('运费模板', 'Shipping template')}>
            <Select
              allowClear
              options={state.shippingTemplates.map((t) => ({ value: t.id, label: t.name }))}
              data-testid="sim-listing-template"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="storeCategoryId" label={L('店铺分组', 'Store category')}>
            <Select allowClear options={state.storeCategories.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        </Col>
      </Row>
      <ViolationList violations={live} title={L('实时规则检查', 'Live rule check')} testId="sim-listing-live" />
      <RefusalAlert error={save.error} testId="sim-listing-save-error" />
      <Button type="primary" loading={save.busy} onClick={() => void submit()} data-testid="sim-listing-save">
        {current ? L('保存修改', 'Save changes') : L('保存为草稿', 'Save as draft')}
      </Button>
      {current ? (
        <>
          <Divider titlePlacement="start">{L('商品图片', 'Images')}</Divider>
          <ListingImages listing={current} />
          <Divider titlePlacement="start">{L('发布', 'Publish')}</Divider>
          <Flex gap={8} align="center" wrap>
            <Typography.Text>
              {L('状态', 'Status')}: <b data-testid="sim-listing-status">{current.status}</b>
            </Typography.Text>
            <Button
              type="primary"
              loading={publish.busy}
              onClick={() => void publish.run({ type: 'listing.publish', listingId: current.id })}
              data-testid="sim-listing-publish"
            >
              {L('发布商品', 'Publish')}
            </Button>
            {current.status === 'active' ? (
              <Button onClick={() => void publish.run({ type: 'listing.deactivate', listingId: current.id })}>
                {L('下架', 'Deactivate')}
              </Button>
            ) : null}
          </Flex>
          <RefusalAlert error={publish.error} testId="sim-listing-publish-error" />
          <ViolationList
            violations={current.violations}
            title={L('平台拒绝发布的原因', 'Why the marketplace refused to publish')}
            testId="sim-listing-violations"
          />
        </>
      ) : null}
    </Form>
  );
}
