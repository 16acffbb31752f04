/** The real domain functions behind the task engine's CheckServices. */
import { validateDeclaration } from '../customs/validate.js';
import { validateListing } from '../listing/validate.js';
import { chargeableWeightKg, quoteFreight } from '../logistics/freight.js';
import { evaluateReply } from '../service/rubric.js';
import type { CheckServices } from './services.js';

export const defaultTaskServices: CheckServices = {
  validateListing: (listing, rules, state) => validateListing(listing, rules, state),
  validateDeclaration: (declaration, env, state) => validateDeclaration(declaration, env.customs, state),
  evaluateReply: (thread, rubric, resolve) => {
    const r = evaluateReply(thread, rubric, resolve);
    return { passed: r.passed, detail: r.detail };
  },
  quoteFreight: (env, channelId, country, parcel, goods) => {
    const channel = env.logistics.channels.find((c) => c.id === channelId);
    if (!channel) {
      return { ok: false, reason: { zh: `没有物流渠道 ${channelId}`, en: `No logistics channel ${channelId}` } };
    }
    const q = quoteFreight(channel, country, parcel, goods);
    if (!q.ok) {
      return {
        ok: false,
        reason: {
          zh: q.violations.map((v) => v.message.zh).join('；'),
          en: q.violations.map((v) => v.message.en).join('; '),
        },
      };
    }
    return { ok: true, totalCny: q.totalCny, chargeableWeightKg: q.chargeableWeightKg, deliveryDays: q.deliveryDays };
  },
  chargeableWeightKg: (env, channelId, parcel) => {
    const channel = env.logistics.channels.find((c) => c.id === channelId);
    if (!channel) throw new Error(`No logistics channel ${channelId}`);
    return chargeableWeightKg(parcel, channel);
  },
};
