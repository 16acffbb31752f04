import type { CSSProperties } from 'react';

/**
 * Rich text (a stem, an option) as the SERVER returned it — the server sanitises every rich-text field on save and
 * import (no scripts, no event handlers). This is the only place of the app that renders HTML: never pass it anything
 * a user typed in this browser.
 */
export function ServerHtml({
  html,
  testId,
  style,
  inline = false,
}: {
  /** HTML from an API response (already sanitised). */
  html: string;
  testId?: string;
  style?: CSSProperties;
  inline?: boolean;
}) {
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag
      className="qb-rich"
      data-testid={testId}
      style={style}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML only (see above)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** Plain text of server HTML for compact cells (parsed in an inert document: nothing loads, nothing runs). */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
