/** Title, search terms, bullet points and description rules (no state needed). */
import type { RuleViolation } from '../core/result.js';
import type { Listing } from '../core/state.js';
import type { ListingRules } from './rules-types.js';
import { byteCount, charCount, findPhrases, violation } from './violation.js';

type TextFields = Pick<Listing, 'title' | 'searchTerms' | 'bulletPoints' | 'description'>;

/** Words used more often than allowed, ignoring exempt words and tokens without letters. */
export function repeatedTitleWords(title: string, max: number, exempt: string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of title.toLowerCase().split(/[^\p{L}\p{N}']+/u)) {
    if (word === '' || !/\p{L}/u.test(word) || exempt.includes(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > max).map(([w, n]) => `${w}×${n}`);
}

/** Whole title in capitals (at least three words with letters, every Latin letter upper-case). */
export function isAllCaps(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  const letters = title.replace(/[^A-Za-z]/g, '');
  return words.length >= 3 && letters === letters.toUpperCase();
}

export function titleViolations(title: string, rules: ListingRules['title']): RuleViolation[] {
  const out: RuleViolation[] = [];
  const length = charCount(title.trim());
  if (length === 0) return [violation('title.required', 'title', '请填写商品标题', 'The title is required')];
  const max = rules.maxLength.value;
  if (length > max) {
    out.push(
      violation(
        'title.maxLength',
        'title',
        `标题 ${length} 个字符，超过上限 ${max}`,
        `Title has ${length} characters; the maximum is ${max}`,
      ),
    );
  }
  const chars = rules.forbiddenChars.value.filter((c) => title.includes(c));
  if (chars.length > 0) {
    out.push(
      violation(
        'title.forbiddenChars',
        'title',
        `标题含禁用字符：${chars.join(' ')}`,
        `Title contains forbidden characters: ${chars.join(' ')}`,
      ),
    );
  }
  const words = findPhrases(title, rules.forbiddenWords.value);
  if (words.length > 0) {
    out.push(
      violation(
        'title.forbiddenWords',
        'title',
        `标题含促销或禁用词：${words.join('、')}`,
        `Title contains promotional or prohibited words: ${words.join(', ')}`,
      ),
    );
  }
  const maxRepeat = rules.maxWordRepeat.value;
  if (maxRepeat !== null) {
    const repeated = repeatedTitleWords(title, maxRepeat, rules.repeatExempt);
    if (repeated.length > 0) {
      out.push(
        violation(
          'title.wordRepeat',
          'title',
          `标题中同一单词最多出现 ${maxRepeat} 次（介词、冠词、连词除外）：${repeated.join('、')}`,
          `A word may appear at most ${maxRepeat} times (prepositions, articles, conjunctions excepted): ${repeated.join(', ')}`,
        ),
      );
    }
  }
  if (rules.noAllCaps.value && isAllCaps(title)) {
    out.push(
      violation('title.allCaps', 'title', '标题不能全部使用大写字母', 'The title must not be written in ALL CAPS'),
    );
  }
  return out;
}

export function textViolations(listing: TextFields, rules: ListingRules): RuleViolation[] {
  const out = titleViolations(listing.title, rules.title);
  const maxBytes = rules.searchTermsMaxBytes.value;
  const bytes = byteCount(listing.searchTerms);
  if (maxBytes !== null && bytes > maxBytes) {
    out.push(
      violation(
        'searchTerms.bytes',
        'searchTerms',
        `搜索关键词 ${bytes} 字节，超过上限 ${maxBytes}`,
        `Search terms are ${bytes} bytes; the maximum is ${maxBytes}`,
      ),
    );
  }
  const b = rules.bulletPoints.value;
  const bullets = listing.bulletPoints.filter((x) => x.trim() !== '');
  if (bullets.length < b.min || bullets.length > b.max) {
    out.push(
      violation(
        'bullets.count',
        'bulletPoints',
        `五点描述 ${bullets.length} 条，应为 ${b.min}–${b.max} 条`,
        `${bullets.length} bullet points; ${b.min}–${b.max} are required`,
      ),
    );
  }
  listing.bulletPoints.forEach((text, i) => {
    const n = charCount(text);
    if (n > b.maxLength) {
      out.push(
        violation(
          'bullets.length',
          `bulletPoints[${i}]`,
          `第 ${i + 1} 条卖点 ${n} 个字符，超过上限 ${b.maxLength}`,
          `Bullet ${i + 1} has ${n} characters; the maximum is ${b.maxLength}`,
        ),
      );
    }
  });
  const d = rules.description.value;
  const n = charCount(listing.description.trim());
  if (n < d.minLength || n > d.maxLength) {
    out.push(
      violation(
        'description.length',
        'description',
        `商品描述 ${n} 个字符，应为 ${d.minLength}–${d.maxLength} 个`,
        `The description has ${n} characters; ${d.minLength}–${d.maxLength} are required`,
      ),
    );
  }
  const bad = findPhrases(listing.description, d.forbiddenWords);
  if (bad.length > 0) {
    out.push(
      violation(
        'description.forbiddenWords',
        'description',
        `描述含禁用词：${bad.join('、')}`,
        `The description contains prohibited words: ${bad.join(', ')}`,
      ),
    );
  }
  return out;
}
