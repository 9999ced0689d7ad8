/**
 * `import type {} from 'eindex-widgets/jsx'`: every eindex element in React 19's JSX, with
 * typed attributes (`limit={10}` or `limit="10"`, never `limit="ten"` or `limt`) and typed
 * event props. React 19 listens to a custom element's event `x` through the prop `onx`, so
 * `oneindex-select={(event) => event.detail.id}`. Types only: registers no element.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { EIndexElements } from './element-types.js';

/** `oneindex-select` for the event `eindex-select`, with the event's own type. */
export type EIndexReactEventProps<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

/** React's props for an HTML element, with the element's own attributes (its `lang` is `lv | en`) and events. */
export type EIndexReactProps<Tag extends keyof EIndexElements> = Omit<
  DetailedHTMLProps<HTMLAttributes<EIndexElements[Tag]['element']>, EIndexElements[Tag]['element']>,
  keyof EIndexElements[Tag]['attributes']
> &
  EIndexElements[Tag]['attributes'] &
  EIndexReactEventProps<EIndexElements[Tag]['events']>;

export type EIndexIntrinsicElements = { [Tag in keyof EIndexElements]: EIndexReactProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace is augmented, not written.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the augmentation is all of it.
    interface IntrinsicElements extends EIndexIntrinsicElements {}
  }
}
