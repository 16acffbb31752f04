import { describe, expect, it } from 'vitest';
import { serviceActionSchemas } from './schemas.js';

const schemaOf = (type: string) => serviceActionSchemas.find((s) => s.shape.type.value === type)!;

describe('service action shapes', () => {
  it('bounds a reply to 1–5000 characters', () => {
    const s = schemaOf('message.reply');
    expect(s.safeParse({ type: 'message.reply', threadId: 'M-1', text: 'Hello' }).success).toBe(true);
    expect(s.safeParse({ type: 'message.reply', threadId: 'M-1', text: '' }).success).toBe(false);
    expect(s.safeParse({ type: 'message.reply', threadId: 'M-1', text: 'x'.repeat(5001) }).success).toBe(false);
  });

  it('accepts only the FAQ topics', () => {
    const s = schemaOf('faq.add');
    const base = { type: 'faq.add', question: 'Q?', answer: 'A.' };
    expect(s.safeParse({ ...base, topic: 'logistics' }).success).toBe(true);
    expect(s.safeParse({ ...base, topic: 'gossip' }).success).toBe(false);
  });
});
