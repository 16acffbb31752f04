/**
 * A conservative check that a reply is written in the language the rubric asks for: by script (Cyrillic for Russian,
 * Han characters for Chinese, Latin otherwise) and, between English, Spanish, French and German, by common short
 * words. It only fails a reply when the evidence points to another language; very short replies always pass.
 */

const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'the and you your we is are to of for with will have please thank thanks it this our can be has was'.split(' '),
  ),
  es: new Set('el la los las que y su sus por para con una usted le gracias pedido del es puede muy lo'.split(' ')),
  fr: new Set('le la les et vous votre vos nous pour avec une est des merci commande du pas au sur'.split(' ')),
  de: new Set('der die das und sie ihre wir für mit ist nicht bitte danke bestellung ein eine ihr den dem'.split(' ')),
};

/** Fewer words than this are too short to judge. */
const MIN_WORDS_TO_JUDGE = 5;

export interface LanguageCheck {
  expected: string;
  /** Best guess (`en`, `es`, `fr`, `de`, `ru`, `zh`), null when the text is too short to tell. */
  detected: string | null;
  ok: boolean;
}

export function checkReplyLanguage(text: string, expected: string): LanguageCheck {
  const want = expected.toLowerCase().split('-')[0] ?? '';
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = cyrillic + han + latin;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (letters === 0 || (words.length < MIN_WORDS_TO_JUDGE && han < MIN_WORDS_TO_JUDGE)) {
    return { expected, detected: null, ok: true };
  }
  const script = han / letters > 0.3 ? 'zh' : cyrillic / letters > 0.5 ? 'ru' : 'latin';
  if (script !== 'latin')
    return {
      expected,
      detected: script,
      ok: want === script || !(want in STOPWORDS || want === 'ru' || want === 'zh'),
    };
  const scores = Object.entries(STOPWORDS).map(
    ([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const,
  );
  scores.sort((a, b) => b[1] - a[1]);
  const [bestLang, bestScore] = scores[0]!;
  const detected = bestScore > 0 ? bestLang : null;
  if (want === 'ru' || want === 'zh') return { expected, detected, ok: false };
  if (!(want in STOPWORDS)) return { expected, detected, ok: true };
  const own = scores.find(([lang]) => lang === want)?.[1] ?? 0;
  return { expected, detected, ok: own >= bestScore };
}
