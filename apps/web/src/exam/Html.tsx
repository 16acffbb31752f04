/**
 * The ONLY place the exam page renders HTML. Stems and option contents arrive already sanitised by the server (the
 * question bank's sanitiser, see CandidateItem.stemHtml); nothing typed by the candidate ever goes through here.
 */
export function Html({ html, className, inline }: { html: string; className?: string; inline?: boolean }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised item content (see the comment above)
  if (inline) return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised item content (see the comment above)
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
