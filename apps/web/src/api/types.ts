/** Type helpers over the contracts' zod schemas without a direct zod dependency in the web app. */
export type SchemaInput<S extends { _zod: { input: unknown } }> = S['_zod']['input'];
export type SchemaOutput<S extends { _zod: { output: unknown } }> = S['_zod']['output'];

export interface ListResponse<T> {
  items: T[];
}
export interface PageResponse<T> {
  items: T[];
  total: number;
}
export interface OkResponse {
  ok: true;
}
