/**
 * Buyer messages by topic in the buyers' languages, each with a Chinese gloss for the trainee. Placeholders:
 * {orderId}, {product}, {country} (the country's name in the message's language).
 */
import type { MessageTopic } from '../core/state.js';

export type BuyerLanguage = 'en' | 'es' | 'fr' | 'de' | 'ru';
export const BUYER_LANGUAGES: readonly BuyerLanguage[] = ['en', 'es', 'fr', 'de', 'ru'];

export const MESSAGE_TOPICS: readonly MessageTopic[] = [
  'logistics',
  'return',
  'exchange',
  'customs',
  'product',
  'price',
  'order_change',
  'payment',
];

type Templates = Record<MessageTopic, { zh: string } & Record<BuyerLanguage, string>>;

export const BUYER_MESSAGE_TEMPLATES: Templates = {
  logistics: {
    zh: '买家询问订单 {orderId}（{product}）为什么还没到 {country}，想知道物流单号和预计送达时间。',
    en: 'Hello, my order {orderId} ({product}) has still not arrived in {country}. Could you send me the tracking number and tell me when it will be delivered?',
    es: 'Hola, mi pedido {orderId} ({product}) todavía no ha llegado a {country}. ¿Me puede enviar el número de seguimiento y decirme cuándo llegará?',
    fr: "Bonjour, ma commande {orderId} ({product}) n'est toujours pas arrivée (pays de livraison : {country}). Pouvez-vous m'envoyer le numéro de suivi et me dire quand elle sera livrée ?",
    de: 'Hallo, meine Bestellung {orderId} ({product}) ist immer noch nicht in {country} angekommen. Können Sie mir die Sendungsnummer schicken und sagen, wann sie geliefert wird?',
    ru: 'Здравствуйте, мой заказ {orderId} ({product}) до сих пор не доставлен (страна доставки: {country}). Пришлите, пожалуйста, трек-номер и скажите, когда его доставят.',
  },
  return: {
    zh: '买家收到订单 {orderId} 的 {product} 后不满意，想退货退款，询问退货流程以及谁承担退货运费。',
    en: 'Hi, I received {product} from order {orderId} but I am not satisfied with it. I would like to return it for a refund. How do I send it back and who pays the return shipping?',
    es: 'Hola, recibí {product} del pedido {orderId} pero no estoy satisfecho. Quiero devolverlo y que me reembolsen. ¿Cómo lo envío y quién paga el envío de la devolución?',
    fr: "Bonjour, j'ai reçu {product} de la commande {orderId} mais je ne suis pas satisfait. Je voudrais le retourner et être remboursé. Comment le renvoyer et qui paie les frais de retour ?",
    de: 'Hallo, ich habe {product} aus der Bestellung {orderId} erhalten, bin aber nicht zufrieden. Ich möchte es zurückgeben und mein Geld zurück. Wie schicke ich es zurück und wer zahlt den Rückversand?',
    ru: 'Здравствуйте, я получил {product} по заказу {orderId}, но он меня не устраивает. Хочу вернуть товар и получить деньги. Как отправить его обратно и кто оплачивает обратную доставку?',
  },
  exchange: {
    zh: '买家订单 {orderId} 收到的 {product} 尺寸/颜色不合适，希望换货，询问怎么换。',
    en: 'Hello, the {product} in order {orderId} is the wrong size/colour for me. Can I exchange it for another one? What should I do?',
    es: 'Hola, el {product} del pedido {orderId} no es de la talla/el color que necesito. ¿Puedo cambiarlo por otro? ¿Qué debo hacer?',
    fr: "Bonjour, le {product} de la commande {orderId} n'est pas de la bonne taille/couleur. Puis-je l'échanger contre un autre ? Que dois-je faire ?",
    de: 'Hallo, {product} aus der Bestellung {orderId} hat die falsche Größe/Farbe. Kann ich es umtauschen? Was muss ich tun?',
    ru: 'Здравствуйте, {product} из заказа {orderId} не подошёл по размеру/цвету. Можно его обменять? Что мне нужно сделать?',
  },
  customs: {
    zh: '买家说订单 {orderId} 的包裹被 {country} 海关扣留，要求缴纳关税，询问谁来付、需要什么文件。',
    en: 'My parcel for order {orderId} is held by customs in {country} and they ask me to pay import duty. Who has to pay it, and which documents do they need?',
    es: 'Mi paquete del pedido {orderId} está retenido en la aduana de {country} y me piden pagar aranceles. ¿Quién tiene que pagarlos y qué documentos necesitan?',
    fr: 'Mon colis de la commande {orderId} est bloqué à la douane (pays : {country}) et on me demande de payer des droits de douane. Qui doit les payer et quels documents faut-il ?',
    de: 'Mein Paket zur Bestellung {orderId} wird vom Zoll in {country} festgehalten und ich soll Einfuhrabgaben zahlen. Wer muss sie zahlen und welche Unterlagen werden gebraucht?',
    ru: 'Моя посылка по заказу {orderId} задержана на таможне (страна: {country}), с меня требуют пошлину. Кто должен её платить и какие документы нужны?',
  },
  product: {
    zh: '买家下单前/订单 {orderId} 询问 {product} 的材质、尺寸和使用方法。',
    en: 'Hi, about {product} (order {orderId}): what material is it made of, what are the exact dimensions, and how should I use and clean it?',
    es: 'Hola, sobre {product} (pedido {orderId}): ¿de qué material está hecho, cuáles son las medidas exactas y cómo se usa y se limpia?',
    fr: 'Bonjour, concernant {product} (commande {orderId}) : en quelle matière est-il fait, quelles sont les dimensions exactes et comment l’utiliser et le nettoyer ?',
    de: 'Hallo, zu {product} (Bestellung {orderId}): Aus welchem Material ist es, wie sind die genauen Maße und wie benutzt und reinigt man es?',
    ru: 'Здравствуйте, по товару {product} (заказ {orderId}): из какого он материала, какие точные размеры и как его использовать и чистить?',
  },
  price: {
    zh: '买家说订单 {orderId} 付款后 {product} 降价了，要求退差价或给优惠。',
    en: 'I bought {product} (order {orderId}) and now the price is lower. Can you refund the difference or give me a discount?',
    es: 'Compré {product} (pedido {orderId}) y ahora el precio es más bajo. ¿Me pueden devolver la diferencia o hacer un descuento?',
    fr: "J'ai acheté {product} (commande {orderId}) et maintenant le prix a baissé. Pouvez-vous me rembourser la différence ou me faire une remise ?",
    de: 'Ich habe {product} gekauft (Bestellung {orderId}) und jetzt ist der Preis niedriger. Können Sie mir die Differenz erstatten oder einen Rabatt geben?',
    ru: 'Я купил {product} (заказ {orderId}), а теперь цена стала ниже. Можете вернуть разницу или сделать скидку?',
  },
  order_change: {
    zh: '买家想修改订单 {orderId} 的收货地址（仍在 {country}）或数量，询问是否还来得及。',
    en: 'Hello, I need to change the shipping address of order {orderId} (still in {country}) or the quantity. Is it still possible before you ship?',
    es: 'Hola, necesito cambiar la dirección de envío del pedido {orderId} (sigue siendo en {country}) o la cantidad. ¿Todavía es posible antes del envío?',
    fr: "Bonjour, je dois modifier l'adresse de livraison de la commande {orderId} (même pays : {country}) ou la quantité. Est-ce encore possible avant l'expédition ?",
    de: 'Hallo, ich muss die Lieferadresse der Bestellung {orderId} (weiterhin in {country}) oder die Menge ändern. Geht das noch vor dem Versand?',
    ru: 'Здравствуйте, мне нужно изменить адрес доставки заказа {orderId} (страна та же: {country}) или количество. Это ещё возможно до отправки?',
  },
  payment: {
    zh: '买家说订单 {orderId} 已扣款但显示未付款/被重复扣款，询问如何处理。',
    en: 'My card was charged for order {orderId} but the order still shows as unpaid (or I was charged twice). Can you check the payment?',
    es: 'Me cobraron el pedido {orderId} en la tarjeta pero el pedido sigue como no pagado (o me cobraron dos veces). ¿Pueden revisar el pago?',
    fr: "Ma carte a été débitée pour la commande {orderId} mais elle apparaît toujours comme non payée (ou j'ai été débité deux fois). Pouvez-vous vérifier le paiement ?",
    de: 'Meine Karte wurde für die Bestellung {orderId} belastet, aber die Bestellung steht noch als unbezahlt (oder ich wurde doppelt belastet). Können Sie die Zahlung prüfen?',
    ru: 'С моей карты списали деньги за заказ {orderId}, но заказ всё ещё не оплачен (или списали дважды). Проверьте, пожалуйста, оплату.',
  },
};

/** Country names in the buyers' languages (ISO code when missing). */
export const COUNTRY_NAMES: Record<string, { zh: string } & Record<BuyerLanguage, string>> = {
  US: { zh: '美国', en: 'the United States', es: 'Estados Unidos', fr: 'États-Unis', de: 'den USA', ru: 'США' },
  GB: {
    zh: '英国',
    en: 'the United Kingdom',
    es: 'Reino Unido',
    fr: 'Royaume-Uni',
    de: 'Großbritannien',
    ru: 'Великобритания',
  },
  CA: { zh: '加拿大', en: 'Canada', es: 'Canadá', fr: 'Canada', de: 'Kanada', ru: 'Канада' },
  AU: { zh: '澳大利亚', en: 'Australia', es: 'Australia', fr: 'Australie', de: 'Australien', ru: 'Австралия' },
  DE: { zh: '德国', en: 'Germany', es: 'Alemania', fr: 'Allemagne', de: 'Deutschland', ru: 'Германия' },
  FR: { zh: '法国', en: 'France', es: 'Francia', fr: 'France', de: 'Frankreich', ru: 'Франция' },
  ES: { zh: '西班牙', en: 'Spain', es: 'España', fr: 'Espagne', de: 'Spanien', ru: 'Испания' },
  MX: { zh: '墨西哥', en: 'Mexico', es: 'México', fr: 'Mexique', de: 'Mexiko', ru: 'Мексика' },
  RU: { zh: '俄罗斯', en: 'Russia', es: 'Rusia', fr: 'Russie', de: 'Russland', ru: 'Россия' },
};

/** The language a buyer from the country writes in (English when we have no templates in theirs). */
export function buyerLanguageFor(country: string): BuyerLanguage {
  switch (country.toUpperCase()) {
    case 'ES':
    case 'MX':
      return 'es';
    case 'FR':
      return 'fr';
    case 'DE':
    case 'AT':
      return 'de';
    case 'RU':
      return 'ru';
    default:
      return 'en';
  }
}
