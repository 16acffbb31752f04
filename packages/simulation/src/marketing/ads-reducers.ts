import { dayOf, nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { AdCampaign, AdKeyword, SimState } from '../core/state.js';

const money = (x: number) => x.toFixed(2);

function checkBid(bid: number, env: SimEnv, field: string): void {
  const { min, max } = env.rules.ads.bid.value;
  if (!(bid >= min && bid <= max)) {
    refuse(
      'AD_BID_OUT_OF_RANGE',
      `出价 $${money(bid)} 超出允许范围 $${money(min)}–$${money(max)}`,
      `Bid $${money(bid)} is outside the allowed range $${money(min)}–$${money(max)}`,
      field,
    );
  }
}

function checkBudget(budget: number, env: SimEnv): void {
  const { min, max } = env.rules.ads.dailyBudget.value;
  if (!(budget >= min && budget <= max)) {
    refuse(
      'AD_BUDGET_OUT_OF_RANGE',
      `每日预算 $${money(budget)} 超出允许范围 $${money(min)}–$${money(max)}`,
      `Daily budget $${money(budget)} is outside the allowed range $${money(min)}–$${money(max)}`,
      'dailyBudget',
    );
  }
}

function checkTopOfSearch(pct: number, env: SimEnv): void {
  const max = env.rules.ads.topOfSearchPct.value.max;
  if (!(pct >= 0 && pct <= max)) {
    refuse(
      'AD_PLACEMENT_PCT_OUT_OF_RANGE',
      `搜索结果顶部竞价调整须在 0–${max}% 之间`,
      `The top-of-search adjustment must be between 0 and ${max}%`,
      'topOfSearchPct',
    );
  }
}

function checkKeywords(keywords: readonly AdKeyword[], env: SimEnv): void {
  const max = env.rules.ads.maxKeywordsPerCampaign;
  if (keywords.length > max) {
    refuse(
      'AD_TOO_MANY_KEYWORDS',
      `关键词数量 ${keywords.length} 超过每个广告活动的上限 ${max}`,
      `${keywords.length} keywords exceed the limit of ${max} per campaign`,
      'keywords',
    );
  }
  const seen = new Set<string>();
  keywords.forEach((k, i) => {
    const key = `${k.text.trim().toLowerCase()}|${k.match}`;
    if (seen.has(key)) {
      refuse(
        'AD_DUPLICATE_KEYWORD',
        `关键词「${k.text}」（${k.match}）重复`,
        `Keyword "${k.text}" (${k.match}) appears twice`,
        `keywords[${i}]`,
      );
    }
    seen.add(key);
    checkBid(k.bid, env, `keywords[${i}].bid`);
  });
}

function checkListings(state: SimState, listingIds: readonly string[]): void {
  if (listingIds.length === 0) {
    refuse(
      'AD_NO_LISTING',
      '广告活动至少需要一个在售商品',
      'A campaign needs at least one active listing',
      'listingIds',
    );
  }
  listingIds.forEach((id, i) => {
    const l = state.listings.find((x) => x.id === id);
    if (!l) refuse('LISTING_NOT_FOUND', `商品 ${id} 不存在`, `Listing ${id} does not exist`, `listingIds[${i}]`);
    if (l.status !== 'active') {
      refuse(
        'AD_LISTING_NOT_ACTIVE',
        `商品 ${id} 未在售（状态 ${l.status}），不能投放广告`,
        `Listing ${id} is not active (status ${l.status}) and cannot be advertised`,
        `listingIds[${i}]`,
      );
    }
  });
}

function campaignOf(state: SimState, id: string): AdCampaign {
  const c = state.ads.find((x) => x.id === id);
  if (!c) refuse('AD_CAMPAIGN_NOT_FOUND', `广告活动 ${id} 不存在`, `Campaign ${id} does not exist`, 'campaignId');
  if (c.status === 'archived') {
    refuse(
      'AD_CAMPAIGN_ARCHIVED',
      `广告活动 ${id} 已归档，不能修改`,
      `Campaign ${id} is archived and cannot be changed`,
    );
  }
  return c;
}

export const adsReducers: ReducerMap = {
  'ads.createCampaign': (draft, a, env) => {
    const name = a.name.trim();
    if (name.length === 0) refuse('AD_NAME_REQUIRED', '请填写广告活动名称', 'Enter a campaign name', 'name');
    if (draft.ads.some((c) => c.name === name && c.status !== 'archived')) {
      refuse('AD_NAME_TAKEN', `已有名为「${name}」的广告活动`, `A campaign named "${name}" already exists`, 'name');
    }
    checkBudget(a.dailyBudget, env);
    checkTopOfSearch(a.topOfSearchPct, env);
    checkBid(a.defaultBid, env, 'defaultBid');
    checkKeywords(a.keywords, env);
    if (a.targeting === 'manual' && a.keywords.length === 0) {
      refuse(
        'AD_KEYWORDS_REQUIRED',
        '手动投放至少需要一个关键词',
        'Manual targeting needs at least one keyword',
        'keywords',
      );
    }
    checkListings(draft, a.listingIds);
    const today = dayOf(draft.now);
    if (a.endDay != null && a.endDay < today) {
      refuse('AD_END_IN_PAST', '结束日期不能早于今天', 'The end date cannot be before today', 'endDay');
    }
    const id = nextId(draft, 'AD');
    draft.ads.push({
      id,
      name,
      targeting: a.targeting,
      dailyBudget: a.dailyBudget,
      biddingStrategy: a.biddingStrategy,
      topOfSearchPct: a.topOfSearchPct,
      status: 'enabled',
      startDay: today,
      endDay: a.endDay ?? null,
      listingIds: [...a.listingIds],
      keywords: a.keywords.map((k) => ({ text: k.text.trim(), match: k.match, bid: k.bid })),
      negativeKeywords: a.negativeKeywords.map((k) => k.trim()),
      defaultBid: a.defaultBid,
    });
    return [
      { kind: 'ads.created', message: { zh: `广告活动 ${id} 已创建`, en: `Campaign ${id} created` }, refs: { id } },
    ];
  },
  'ads.updateCampaign': (draft, a, env) => {
    const c = campaignOf(draft, a.campaignId);
    if (a.dailyBudget !== undefined) checkBudget(a.dailyBudget, env);
    if (a.topOfSearchPct !== undefined) checkTopOfSearch(a.topOfSearchPct, env);
    if (a.defaultBid !== undefined) checkBid(a.defaultBid, env, 'defaultBid');
    if (a.status === 'enabled') checkListings(draft, c.listingIds);
    if (a.dailyBudget !== undefined) c.dailyBudget = a.dailyBudget;
    if (a.topOfSearchPct !== undefined) c.topOfSearchPct = a.topOfSearchPct;
    if (a.defaultBid !== undefined) c.defaultBid = a.defaultBid;
    if (a.biddingStrategy !== undefined) c.biddingStrategy = a.biddingStrategy;
    if (a.status !== undefined) c.status = a.status;
    return [
      {
        kind: 'ads.updated',
        message: { zh: `广告活动 ${c.id} 已更新`, en: `Campaign ${c.id} updated` },
        refs: { id: c.id },
      },
    ];
  },
  'ads.setKeywords': (draft, a, env) => {
    const c = campaignOf(draft, a.campaignId);
    checkKeywords(a.keywords, env);
    if (c.targeting === 'manual' && a.keywords.length === 0) {
      refuse(
        'AD_KEYWORDS_REQUIRED',
        '手动投放至少需要一个关键词',
        'Manual targeting needs at least one keyword',
        'keywords',
      );
    }
    c.keywords = a.keywords.map((k) => ({ text: k.text.trim(), match: k.match, bid: k.bid }));
    if (a.negativeKeywords) c.negativeKeywords = a.negativeKeywords.map((k) => k.trim());
    return [
      {
        kind: 'ads.keywords',
        message: {
          zh: `广告活动 ${c.id} 的关键词已更新（${c.keywords.length} 个）`,
          en: `Campaign ${c.id}: ${c.keywords.length} keywords set`,
        },
        refs: { id: c.id },
      },
    ];
  },
};
