/**
 * Text helpers shared by the Excel and QTI formats: tolerant normalisation of what people type, and the
 * plain text ⇄ rich text (HTML) conversion of stems and options.
 */

/** Full-width → half-width (NFKC), trimmed, inner runs of whitespace collapsed. For codes, answers, numbers. */
export const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, ' ').trim();

/** NFKC without any whitespace and lower case: for comparing names ("业务 处理" = "业务处理"). */
export const key = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  times: '×',
  divide: '÷',
  yen: '¥',
  deg: '°',
};
export function unescapeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/**
 * A cell's text as rich text: a cell that already contains HTML tags is taken as HTML (the question bank
 * sanitises it); plain text is escaped and its line breaks become <br>.
 */
export function richFromCell(text: string): string {
  const t = text.replace(/\r\n?/g, '\n').trim();
  if (TAG.test(t)) return t;
  return escapeHtml(t).replace(/\n/g, '<br>');
}

/**
 * Rich text for a cell: HTML that is only text and line breaks becomes plain text again (so an export
 * re-imports to the same value); anything richer (paragraphs, images, tables) is written as HTML.
 */
export function cellFromRich(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n');
  if (TAG.test(withBreaks)) return html;
  return unescapeHtml(withBreaks);
}

/** Plain text of HTML (for excerpts and QTI titles). */
export function textOfHtml(html: string): string {
  return unescapeHtml(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
    .replace(/[ \t]+/g, ' ')
    .trim();
}
