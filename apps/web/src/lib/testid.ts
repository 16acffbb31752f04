/** Spreads a data-testid into component props objects (e.g. okButtonProps) that do not declare data-* attributes. */
export function tid(id: string): { 'data-testid': string } {
  return { 'data-testid': id };
}

/** For Popconfirm/Modal onOk: wait for the action, and swallow its error (the mutation's onError already showed it). */
export function settle(promise: Promise<unknown>): Promise<void> {
  return promise.then(
    () => undefined,
    () => undefined,
  );
}
