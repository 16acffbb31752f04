import { type SIM_MARKETPLACES, simRulesSchema } from '@crossskill/contracts';
import { customsRulesFor, logisticsRulesFor, ruleSetFor } from '@crossskill/simulation';
import type { z } from 'zod';
import { type App, access, errorResponses } from '../../../platform/http/index.js';

type SimRules = z.output<typeof simRulesSchema>;
const MARKETPLACES: readonly (typeof SIM_MARKETPLACES)[number][] = ['amazon', 'aliexpress', 'alibaba'];

/** The rule sets in force (each marketplace's newest version, logistics, customs) with their sources. */
export function rulesInForce(): SimRules {
  const logistics = logisticsRulesFor();
  const customs = customsRulesFor();
  return {
    marketplaces: MARKETPLACES.map((id) => {
      const r = ruleSetFor(id);
      return {
        id,
        name: r.name,
        version: r.version,
        effectiveFrom: r.effectiveFrom,
        model: r.model,
        sources: r.sources.map((s) => ({
          title: s.title,
          ...(s.url ? { url: s.url } : {}),
          effectiveFrom: s.effectiveFrom,
        })),
      };
    }),
    logistics: { version: logistics.version, effectiveFrom: logistics.effectiveFrom },
    customs: { version: customs.version, effectiveFrom: customs.effectiveFrom },
  };
}

export function registerRulesRoute(app: App) {
  app.get(
    '/api/sim/rules',
    {
      config: { access: access.authenticated() },
      schema: {
        tags: ['simulation'],
        summary: '平台规则版本与来源 Rule sets in force: versions, effective dates, public sources',
        response: { 200: simRulesSchema, ...errorResponses },
      },
    },
    async () => rulesInForce(),
  );
}
