/**
 * Types of the E-index JSON document, format `eindex/1` (docs/design.md §2).
 * The validator (`validate.ts`) turns `unknown` input into an `EIndexDocument`;
 * everything downstream may rely on these shapes and on the rules listed there.
 */

/** Languages the widgets speak. */
export type Lang = 'lv' | 'en';

/** A text: one string for every language, or one string per language code. */
export type Text = string | Readonly<Record<string, string>>;

export type CategoryId = string;
export type GroupId = string;
export type EntityId = string;

export type GroupKind = 'municipality' | 'institution';

export interface Source {
  readonly name: Text;
  readonly url?: string;
}

export interface Scale {
  readonly min: number;
  readonly max: number;
}

export interface Category {
  readonly id: CategoryId;
  readonly name: Text;
}

export interface Level {
  readonly level: number;
  /** Lowest total that reaches this level; optional because thresholds are rarely published. */
  readonly min?: number;
  readonly name: Text;
  readonly description?: Text;
}

export interface Group {
  readonly id: GroupId;
  readonly kind: GroupKind;
  readonly name: Text;
}

export interface Summary {
  /** How many entities the study assessed in this edition (the whole study, not the file). */
  readonly entities?: number;
  /** The published average total. */
  readonly average?: number;
  /** Published count of entities per level, keyed by level number. */
  readonly levels?: Readonly<Record<string, number>>;
}

export interface Entity {
  readonly id: EntityId;
  readonly name: Text;
  readonly group: GroupId;
  /** Summed over all sections; `null` when not published. */
  readonly total: number | null;
  /** Score within the entity's size group, where published. */
  readonly groupScore?: number | null;
  /** Maturity level as published; else derived from `levels[].min` when every level has one. */
  readonly level?: number | null;
  /** Per category; a missing key or `null` means "not published". */
  readonly scores: Readonly<Record<CategoryId, number | null>>;
  readonly url?: string;
}

export interface Edition {
  readonly year: number;
  /** ISO date (YYYY-MM-DD) the results were published. */
  readonly published?: string;
  readonly summary?: Summary;
  readonly entities: readonly Entity[];
}

export interface EIndexDocument {
  readonly schema: 'eindex/1';
  readonly title: Text;
  /** The first of `sources` (a document may give one source or a list of them). */
  readonly source?: Source;
  /** Every source, in document order; the validator always sets it (`[]` when none). */
  readonly sources?: readonly Source[];
  /** Always present after validation (default 0–100). */
  readonly scale: Scale;
  readonly categories: readonly Category[];
  readonly levels: readonly Level[];
  readonly groups: readonly Group[];
  /** Sorted by year, oldest first, after validation. */
  readonly editions: readonly Edition[];
}
