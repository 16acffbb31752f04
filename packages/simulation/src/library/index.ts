/**
 * The shipped task library: tasks for the level-5 and level-4 跨境电子商务师 functions of the national standard and
 * the five Suzhou (004) personnel categories. Each file holds one area; every task has a reference solution that the
 * library's tests run for several candidates.
 */
import type { TaskDefinition } from '../tasks/types.js';
import { ACCOUNT_TASKS } from './account.js';
import { AFTER_SALES_TASKS } from './after-sales.js';
import { B2B_TASKS } from './b2b.js';
import { CAMPAIGN_TASKS } from './campaigns.js';
import { COMPETITOR_TASKS } from './competitors.js';
import { CUSTOMS_TASKS } from './customs.js';
import { DATA_TASKS } from './data-analysis.js';
import { FREIGHT_TASKS } from './freight.js';
import { LISTING_TASKS } from './listing.js';
import { LISTING_FIX_TASKS } from './listing-fix.js';
import { LISTING_L4_TASKS } from './listing-l4.js';
import { MARKETING_TASKS } from './marketing.js';
import { ORDER_TASKS } from './orders.js';
import { PRODUCT_INFO_TASKS } from './product-info.js';
import { SELECTION_TASKS } from './selection.js';
import { PRE_SALE_TASKS } from './service.js';
import { AFTER_SALE_SERVICE_TASKS } from './service-after.js';
import { ORDER_SERVICE_TASKS } from './service-orders.js';
import { SHIPPING_TASKS } from './shipping.js';
import { SHIPPING_MORE_TASKS } from './shipping-ta-partial.js';
import { SHIPPING_TEMPLATE_TASKS } from './shipping-templates.js';
import { STORE_INFO_TASKS } from './store-info.js';

export const TASK_LIBRARY: TaskDefinition[] = [
  ...STORE_INFO_TASKS,
  ...SHIPPING_TEMPLATE_TASKS,
  ...LISTING_TASKS,
  ...LISTING_FIX_TASKS,
  ...LISTING_L4_TASKS,
  ...PRODUCT_INFO_TASKS,
  ...ORDER_TASKS,
  ...SHIPPING_TASKS,
  ...SHIPPING_MORE_TASKS,
  ...AFTER_SALES_TASKS,
  ...B2B_TASKS,
  ...FREIGHT_TASKS,
  ...CUSTOMS_TASKS,
  ...ACCOUNT_TASKS,
  ...SELECTION_TASKS,
  ...PRE_SALE_TASKS,
  ...AFTER_SALE_SERVICE_TASKS,
  ...ORDER_SERVICE_TASKS,
  ...DATA_TASKS,
  ...COMPETITOR_TASKS,
  ...MARKETING_TASKS,
  ...CAMPAIGN_TASKS,
];
