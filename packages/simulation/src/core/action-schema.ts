import { z } from 'zod';
import { customsActionSchemas } from '../customs/schemas.js';
import { listingActionSchemas } from '../listing/schemas.js';
import { logisticsActionSchemas } from '../logistics/schemas.js';
import { marketActionSchemas } from '../market/schemas.js';
import { marketingActionSchemas } from '../marketing/schemas.js';
import { orderActionSchemas } from '../orders/schemas.js';
import { serviceActionSchemas } from '../service/schemas.js';
import { shippingActionSchemas } from '../shipping/schemas.js';
import { storeActionSchemas } from '../store/schemas.js';
import type { Action } from './actions.js';
import type { Loc } from './result.js';

/** Every action's shape (bounded strings, finite numbers, bounded arrays): hostile input stops here. */
export const ACTION_SCHEMAS: z.ZodObject[] = [
  ...storeActionSchemas,
  ...listingActionSchemas,
  ...shippingActionSchemas,
  ...orderActionSchemas,
  ...logisticsActionSchemas,
  ...customsActionSchemas,
  ...marketingActionSchemas,
  ...serviceActionSchemas,
  ...marketActionSchemas,
];

export const ACTION_TYPES: string[] = ACTION_SCHEMAS.map((s) => {
  const t = s.shape.type;
  return t instanceof z.ZodLiteral ? String(t.value) : '';
});

const byType = new Map(ACTION_SCHEMAS.map((s, i) => [ACTION_TYPES[i], s]));

export interface ActionShapeProblem {
  field: string;
  message: Loc;
}

/** Checks an action's shape; the reducers then check the marketplace rules. */
export function parseAction(
  input: unknown,
): { ok: true; action: Action } | { ok: false; problems: ActionShapeProblem[] } {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  const schema = typeof type === 'string' ? byType.get(type) : undefined;
  if (!schema) {
    return {
      ok: false,
      problems: [
        {
          field: 'type',
          message: { zh: `不支持的操作类型：${String(type)}`, en: `Unknown action type: ${String(type)}` },
        },
      ],
    };
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, action: parsed.data as Action };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({
      field: i.path.join('.'),
      message: {
        zh: `字段 ${i.path.join('.') || '(根)'} 不合法：${i.message}`,
        en: `Invalid ${i.path.join('.') || 'action'}: ${i.message}`,
      },
    })),
  };
}
