/** Shipping-template checks: every rule sensible, every channel real and serving the rule's countries. */
import type { RuleViolation } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { ShippingRule } from '../core/state.js';
import { LOGISTICS_ZONE_COUNTRIES, logisticsZoneFor } from '../logistics/zones.js';
import { isRestOfWorld, REST_OF_WORLD, ruleCountries } from './coverage.js';

const v = (rule: string, field: string, zh: string, en: string): RuleViolation => ({
  rule,
  field,
  message: { zh, en },
});
const COUNTRY = /^[A-Z]{2}$/;

function ruleProblems(rule: ShippingRule, i: number, env: SimEnv): RuleViolation[] {
  const at = `rules[${i}]`;
  const n = i + 1;
  const out: RuleViolation[] = [];
  const bad = rule.countries.filter((c) => !COUNTRY.test(c.toUpperCase()));
  if (bad.length > 0)
    out.push(
      v(
        'shipping.country',
        `${at}.countries`,
        `第 ${n} 条规则的国家代码无效：${bad.join('、')}`,
        `Rule ${n}: invalid country codes ${bad.join(', ')}`,
      ),
    );
  if (rule.countries.length === 0 && !(rule.zoneId in LOGISTICS_ZONE_COUNTRIES)) {
    out.push(
      v(
        'shipping.zone',
        `${at}.zoneId`,
        `第 ${n} 条规则的区域 ${rule.zoneId} 不存在，请填写国家`,
        `Rule ${n}: no zone ${rule.zoneId}; list the countries`,
      ),
    );
  }
  if (!(rule.firstWeightKg > 0) || !(rule.additionalWeightKg > 0)) {
    out.push(
      v(
        'shipping.weight',
        `${at}.firstWeightKg`,
        `第 ${n} 条规则的首重和续重必须大于 0`,
        `Rule ${n}: first and additional weight must be above 0`,
      ),
    );
  }
  if (!(rule.firstPrice >= 0) || !(rule.additionalPrice >= 0)) {
    out.push(
      v('shipping.price', `${at}.firstPrice`, `第 ${n} 条规则的运费不能为负数`, `Rule ${n}: prices cannot be negative`),
    );
  }
  if (rule.freeShippingThreshold !== null && !(rule.freeShippingThreshold >= 0)) {
    out.push(
      v(
        'shipping.freeThreshold',
        `${at}.freeShippingThreshold`,
        `第 ${n} 条规则的包邮门槛不能为负数`,
        `Rule ${n}: the free-shipping threshold cannot be negative`,
      ),
    );
  }
  const [min, max] = rule.deliveryDays;
  if (!(min >= 0) || !(min <= max)) {
    out.push(
      v(
        'shipping.deliveryDays',
        `${at}.deliveryDays`,
        `第 ${n} 条规则的运达时间 ${min}–${max} 天不合理（最短应不大于最长）`,
        `Rule ${n}: delivery time ${min}–${max} days is not a range (minimum above maximum)`,
      ),
    );
  }
  const channel = env.logistics.channels.find((c) => c.id === rule.channelId);
  if (!channel) {
    out.push(
      v(
        'shipping.channelUnknown',
        `${at}.channelId`,
        `第 ${n} 条规则的物流渠道 ${rule.channelId} 不存在`,
        `Rule ${n}: no logistics channel ${rule.channelId}`,
      ),
    );
    return out;
  }
  const unserved = isRestOfWorld(rule)
    ? channel.zones.some((z) => z.zoneId === REST_OF_WORLD)
      ? []
      : [REST_OF_WORLD]
    : ruleCountries(rule).filter((c) => logisticsZoneFor(channel.zones, c) === null);
  if (unserved.length > 0) {
    out.push(
      v(
        'shipping.channelZone',
        `${at}.channelId`,
        `物流渠道“${channel.name.zh}”不送达：${unserved.join('、')}`,
        `Channel "${channel.name.en}" does not serve ${unserved.join(', ')}`,
      ),
    );
  }
  return out;
}

/** Every problem of a template's rules (empty list, bad numbers, unknown channel, a country in two rules). */
export function validateShippingRules(rules: ShippingRule[], env: SimEnv): RuleViolation[] {
  if (rules.length === 0)
    return [
      v('shipping.rulesEmpty', 'rules', '运费模板至少需要一条规则', 'A shipping template needs at least one rule'),
    ];
  const out = rules.flatMap((r, i) => ruleProblems(r, i, env));
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    const keys = isRestOfWorld(rule) ? [REST_OF_WORLD] : ruleCountries(rule);
    for (const key of keys) {
      const first = seen.get(key);
      if (first !== undefined && first !== i) {
        out.push(
          v(
            'shipping.duplicateCountry',
            `rules[${i}].countries`,
            `${key} 同时出现在第 ${first + 1} 条和第 ${i + 1} 条规则中`,
            `${key} is in rule ${first + 1} and rule ${i + 1}`,
          ),
        );
      } else seen.set(key, i);
    }
  });
  return out;
}
