export interface Fact {
  readonly year: number;
  readonly entity: string;
  readonly entityKind: string;
  readonly metric: string;
  readonly value: unknown;
  readonly unit?: string;
  readonly sourceUrl: string;
}
export declare class DataError extends Error {}
export declare function agreed<T>(current: T | undefined | null, value: T, where: string, conflicts: Readonly<Record<string, T>>): T;
export declare function buildEditions(
  facts: readonly Fact[],
  options: {
    accept: (fact: Fact) => boolean;
    table: object;
    aggregates: object;
    categories: readonly object[];
    conflicts: Readonly<Record<string, unknown>>;
  },
): { editions: { year: number; entities: Record<string, unknown>[] }[]; usedSources: Set<string>; unused: Fact[] };
export declare function buildDocuments(facts: readonly Fact[], provenance: object): { file: string; doc: unknown; unused: Fact[] }[];
