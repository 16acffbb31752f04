import { z } from 'zod';

const id = z.string().min(1).max(64);

/** Shapes of `ServiceAction` (core/actions.ts). */
export const serviceActionSchemas: z.ZodObject[] = [
  z.strictObject({ type: z.literal('message.reply'), threadId: id, text: z.string().min(1).max(5000) }),
  z.strictObject({ type: z.literal('message.close'), threadId: id }),
  z.strictObject({
    type: z.literal('faq.add'),
    topic: z.enum(['logistics', 'payment', 'return', 'product', 'other']),
    question: z.string().min(1).max(500),
    answer: z.string().min(1).max(5000),
  }),
  z.strictObject({
    type: z.literal('faq.update'),
    faqId: id,
    question: z.string().min(1).max(500).optional(),
    answer: z.string().min(1).max(5000).optional(),
  }),
  z.strictObject({ type: z.literal('faq.remove'), faqId: id }),
];
