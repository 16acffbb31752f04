import type { Sourced } from '../core/rules.js';
import type { ImageFormat } from '../core/state.js';

/** Listing rules of a marketplace rule set (filled in listing/ and marketplaces/). */
export interface ListingRules {
  title: {
    maxLength: Sourced<number>;
    forbiddenChars: Sourced<string[]>;
    /** Promotional or prohibited words (case-insensitive, whole words). */
    forbiddenWords: Sourced<string[]>;
    /** No word more than this many times (null = no rule); exempt words are not counted. */
    maxWordRepeat: Sourced<number | null>;
    repeatExempt: string[];
    noAllCaps: Sourced<boolean>;
  };
  searchTermsMaxBytes: Sourced<number | null>;
  bulletPoints: Sourced<{ min: number; max: number; maxLength: number }>;
  description: Sourced<{ minLength: number; maxLength: number; forbiddenWords: string[] }>;
  mainImage: Sourced<{
    whiteBackground: boolean;
    /** Minimum share of the frame the product fills (Amazon-like 0.85). */
    minFill: number;
    minLongestSide: number;
    maxLongestSide: number;
    formats: ImageFormat[];
    maxBytes: number;
  }>;
  maxImages: Sourced<number>;
  /** Most active listings a store may hold (AliExpress-like plan caps), null = no cap. */
  productCap: Sourced<number | null>;
  /** Caps by the registration field `plan` (AliExpress-like basic / standard plan); overrides `productCap`. */
  productCapByPlan?: Sourced<Record<string, number>>;
  /** Price bounds in the listing currency. */
  price: Sourced<{ min: number; max: number }>;
}
