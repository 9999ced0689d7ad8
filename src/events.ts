/** Details of the events every eindex element fires (all bubble and cross shadow roots). */
export interface EIndexLoadDetail {
  /** The edition (year) now shown. */
  readonly edition: number;
}

export interface EIndexErrorDetail {
  /** Localised, human-readable message, the same text the element shows. */
  readonly message: string;
  /** JSON path of the offending value, when the problem is in the document. */
  readonly path?: string;
}

export interface EIndexSelectDetail {
  /** Id of the chosen entity. */
  readonly id: string;
}

export interface EIndexEventMap {
  'eindex-load': CustomEvent<EIndexLoadDetail>;
  'eindex-error': CustomEvent<EIndexErrorDetail>;
  'eindex-select': CustomEvent<EIndexSelectDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends EIndexEventMap {}
}
