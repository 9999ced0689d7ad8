// Types for test/data/data-documents.test.ts: the tables are read as plain objects.
export declare const CATEGORIES: readonly { id: string; name: { lv: string; en: string }; aliases: readonly string[] }[];
export declare const MUNICIPALITIES: Readonly<Record<string, unknown>>;
export declare const MUNICIPALITY_AGGREGATES: Readonly<Record<string, unknown>>;
export declare const CONFLICTS: Readonly<Record<string, unknown>>;
