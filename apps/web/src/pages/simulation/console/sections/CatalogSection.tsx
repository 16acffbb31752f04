import { PlusOutlined } from '@ant-design/icons';
import type { Listing, Product } from '@crossskill/simulation';
import { Button, Drawer, Grid, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useConsole } from '../context';
import { useL } from '../l10n';
import { ListingForm } from './ListingForm';

const STATUS_COLOURS: Record<Listing['status'], string> = {
  draft: 'default',
  active: 'green',
  inactive: 'orange',
  suppressed: 'red',
};

/** 商品: the store's listings and the supplier catalogue it lists from. */
export function CatalogSection() {
  const { state } = useConsole();
  const { L } = useL();
  const screens = Grid.useBreakpoint();
  const [editing, setEditing] = useState<{ listingId: string | null; sku?: string } | null>(null);
  const listing = editing?.listingId ? (state.listings.find((l) => l.id === editing.listingId) ?? null) : null;

  const listings = (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ marginBottom: 8 }}
        onClick={() => setEditing({ listingId: null })}
        data-testid="sim-listing-new"
      >
        {L('添加商品', 'Add a product')}
      </Button>
      <Table<Listing>
        size="small"
        rowKey="id"
        dataSource={state.listings}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 880 }}
        data-testid="sim-listings-table"
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: 'SKU', dataIndex: 'sku', width: 110 },
          { title: L('标题', 'Title'), dataIndex: 'title', ellipsis: true },
          {
            title: L('状态', 'Status'),
            dataIndex: 'status',
            width: 100,
            render: (s: Listing['status']) => <Tag color={STATUS_COLOURS[s]}>{s}</Tag>,
          },
          { title: L('售价', 'Price'), dataIndex: 'price', width: 80, render: (v: number) => `$${v.toFixed(2)}` },
          { title: L('库存', 'Stock'), dataIndex: 'stock', width: 70 },
          {
            title: L('质量分', 'Quality'),
            dataIndex: 'quality',
            width: 80,
            render: (v: number) => `${Math.round(v * 100)}`,
          },
          {
            title: '',
            key: 'edit',
            width: 70,
            fixed: 'right',
            render: (_: unknown, l) => (
              <Button
                size="small"
                type="link"
                onClick={() => setEditing({ listingId: l.id })}
                data-testid={`sim-listing-edit-${l.id}`}
              >
                {L('编辑', 'Edit')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );

  const products = (
    <Table<Product>
      size="small"
      rowKey="sku"
      dataSource={state.products}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 1100 }}
      data-testid="sim-products-table"
      columns={[
        { title: 'SKU', dataIndex: 'sku', width: 110 },
        { title: L('商品', 'Product'), key: 'name', render: (_: unknown, p) => L(p.name, p.nameEn) },
        { title: L('类目', 'Category'), dataIndex: 'categoryId', width: 130 },
        { title: L('成本 ¥', 'Cost ¥'), dataIndex: 'costCny', width: 80 },
        { title: L('重量 kg', 'Weight kg'), dataIndex: 'weightKg', width: 90 },
        {
          title: L('尺寸 cm', 'Size cm'),
          key: 'dims',
          width: 110,
          render: (_: unknown, p) => `${p.dims.l}×${p.dims.w}×${p.dims.h}`,
        },
        {
          title: L('属性', 'Facts'),
          key: 'facts',
          render: (_: unknown, p) =>
            Object.entries(p.facts)
              .map(([k, v]) => `${k}: ${v}`)
              .join('; '),
        },
        {
          title: L('月销/趋势/评分', 'Sales/trend/rating'),
          key: 'signals',
          width: 150,
          render: (_: unknown, p) => `${p.signals.monthlySales} / ${p.signals.trendPct}% / ${p.signals.rating}`,
        },
        {
          title: '',
          key: 'list',
          width: 80,
          fixed: 'right',
          render: (_: unknown, p) => (
            <Button
              size="small"
              type="link"
              onClick={() => setEditing({ listingId: null, sku: p.sku })}
              data-testid={`sim-product-list-${p.sku}`}
            >
              {L('刊登', 'List it')}
            </Button>
          ),
        },
      ]}
    />
  );

  return (
    <>
      <Tabs
        items={[
          { key: 'listings', label: L('商品管理', 'Manage listings'), children: listings },
          { key: 'products', label: L('供货商品', 'Supplier products'), children: products },
        ]}
      />
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        size={screens.md ? 780 : '100%'}
        title={listing ? `${L('编辑商品', 'Edit listing')} ${listing.id}` : L('添加商品', 'Add a product')}
        destroyOnHidden
      >
        {editing ? (
          <ListingForm
            key={editing.listingId ?? `new-${editing.sku ?? ''}`}
            listing={listing}
            presetSku={editing.sku}
            onSaved={(id) => {
              if (id) setEditing({ listingId: id });
            }}
          />
        ) : null}
      </Drawer>
    </>
  );
}
