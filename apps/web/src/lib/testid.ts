/** Spreads a data-testid into component props objects (e.g. okButtonProps) that do not declare data-* attributes. */
export function tid(id: string): object {
  return { 'data-testid': id };
}
