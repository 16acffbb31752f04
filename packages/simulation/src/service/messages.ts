import { nextId } from '../core/ids.js';
import type { Rng } from '../core/rng.js';
import type { MessageThread, MessageTopic, Order, SimState } from '../core/state.js';
import { BUYER_LANGUAGES, BUYER_MESSAGE_TEMPLATES, type BuyerLanguage, COUNTRY_NAMES } from './templates.js';

const CLOSINGS: Record<BuyerLanguage, { text: string; zh: string }[]> = {
  en: [
    { text: 'Thank you.', zh: '谢谢。' },
    { text: 'Thanks in advance.', zh: '先谢谢了。' },
    { text: 'Please reply soon.', zh: '请尽快回复。' },
  ],
  es: [
    { text: 'Gracias.', zh: '谢谢。' },
    { text: 'Espero su respuesta.', zh: '等您回复。' },
  ],
  fr: [
    { text: 'Merci.', zh: '谢谢。' },
    { text: "Merci d'avance pour votre réponse.", zh: '先谢谢您的回复。' },
  ],
  de: [
    { text: 'Danke.', zh: '谢谢。' },
    { text: 'Vielen Dank im Voraus.', zh: '先谢谢了。' },
  ],
  ru: [
    { text: 'Спасибо.', zh: '谢谢。' },
    { text: 'Жду ответа.', zh: '等您回复。' },
  ],
};

export interface BuyerMessage {
  topic: MessageTopic;
  language: BuyerLanguage;
  text: string;
  /** What the message says, in Chinese, for the trainee. */
  glossZh: string;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * A buyer's message about an order on a topic, in the given language (English when there are no templates in it),
 * signed with the buyer's first name. `productName` defaults to the first line's SKU.
 */
export function generateBuyerMessage(
  rng: Rng,
  order: Pick<Order, 'id' | 'buyer' | 'lines'>,
  topic: MessageTopic,
  language: string,
  productName?: string,
): BuyerMessage {
  const lang = (BUYER_LANGUAGES as readonly string[]).includes(language) ? (language as BuyerLanguage) : 'en';
  const t = BUYER_MESSAGE_TEMPLATES[topic];
  const country = order.buyer.country.toUpperCase();
  const names = COUNTRY_NAMES[country];
  const product = productName ?? order.lines[0]?.sku ?? '';
  const closing = rng.pick(CLOSINGS[lang]);
  const firstName = order.buyer.name.split(' ')[0] ?? order.buyer.name;
  return {
    topic,
    language: lang,
    text: `${fill(t[lang], { orderId: order.id, product, country: names?.[lang] ?? country })} ${closing.text} ${firstName}`,
    glossZh: `${fill(t.zh, { orderId: order.id, product, country: names?.zh ?? country })}${closing.zh}`,
  };
}

/** Opens a buyer thread on the order (id `M-<seq>`), awaiting the seller's reply. */
export function openBuyerThread(draft: SimState, order: Order, message: BuyerMessage, at: number): MessageThread {
  const thread: MessageThread = {
    id: nextId(draft, 'M'),
    orderId: order.id,
    buyer: { name: order.buyer.name, country: order.buyer.country, language: message.language },
    topic: message.topic,
    messages: [{ from: 'buyer', text: message.text, at, glossZh: message.glossZh }],
    status: 'awaiting_reply',
    receivedAt: at,
    firstReplyAt: null,
  };
  draft.messages.push(thread);
  return thread;
}
