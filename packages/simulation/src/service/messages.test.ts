import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng.js';
import type { Order } from '../core/state.js';
import { generateBuyerMessage } from './messages.js';
import { BUYER_LANGUAGES, BUYER_MESSAGE_TEMPLATES, MESSAGE_TOPICS } from './templates.js';

const order = (country: string): Pick<Order, 'id' | 'buyer' | 'lines'> => ({
  id: 'O-42',
  buyer: { name: 'Lucía García', country, email: 'l@example.com', language: 'es' },
  lines: [{ sku: 'YM-TPE-6', listingId: 'L-2', qty: 1, unitPrice: 25, shippedQty: 0 }],
});

describe('buyer message templates', () => {
  it('exist for every topic in English, Spanish, French, German and Russian with a Chinese gloss', () => {
    for (const topic of MESSAGE_TOPICS) {
      const t = BUYER_MESSAGE_TEMPLATES[topic];
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
      for (const lang of BUYER_LANGUAGES) expect(t[lang]).toContain('{orderId}');
    }
  });

  it('fills the order id, the product and the country in the buyer language and signs with the first name', () => {
    const m = generateBuyerMessage(createRng('m'), order('ES'), 'customs', 'es', 'Esterilla de yoga');
    expect(m.language).toBe('es');
    expect(m.text).toContain('O-42');
    expect(m.text).toContain('España');
    expect(m.text.endsWith('Lucía')).toBe(true);
    expect(m.glossZh).toContain('西班牙');
    expect(m.glossZh).toContain('O-42');
    const product = generateBuyerMessage(createRng('m'), order('ES'), 'product', 'es', 'Esterilla de yoga');
    expect(product.text).toContain('Esterilla de yoga');
  });

  it('falls back to English for a language without templates and is the same for the same seed', () => {
    const a = generateBuyerMessage(createRng('x'), order('IT'), 'return', 'it');
    expect(a.language).toBe('en');
    expect(a.text).toContain('YM-TPE-6');
    expect(generateBuyerMessage(createRng('x'), order('IT'), 'return', 'it')).toEqual(a);
  });
});
