import {
  BarChartOutlined,
  CarOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  MessageOutlined,
  NotificationOutlined,
  ProductOutlined,
  ProfileOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';

export type SectionKey =
  | 'dashboard'
  | 'store'
  | 'catalog'
  | 'orders'
  | 'logistics'
  | 'customs'
  | 'marketing'
  | 'messages'
  | 'data';

/** The console's left navigation, in the order seller centres show it. Nav items get data-testid `sim-nav-<key>`. */
export const CONSOLE_NAV: { key: SectionKey; zh: string; en: string; icon: ComponentType }[] = [
  { key: 'dashboard', zh: '首页', en: 'Dashboard', icon: DashboardOutlined },
  { key: 'store', zh: '店铺设置', en: 'Store', icon: ShopOutlined },
  { key: 'catalog', zh: '商品', en: 'Catalog', icon: ProductOutlined },
  { key: 'orders', zh: '订单', en: 'Orders', icon: ProfileOutlined },
  { key: 'logistics', zh: '物流', en: 'Logistics', icon: CarOutlined },
  { key: 'customs', zh: '报关', en: 'Customs', icon: FileProtectOutlined },
  { key: 'marketing', zh: '营销', en: 'Marketing', icon: NotificationOutlined },
  { key: 'messages', zh: '客服', en: 'Messages', icon: MessageOutlined },
  { key: 'data', zh: '数据', en: 'Data', icon: BarChartOutlined },
];
