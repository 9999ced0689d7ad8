/**
 * `import type {} from 'eindex-widgets/vue'`: every eindex element in Vue's `GlobalComponents`,
 * so templates type-check under vue-tsc's `strictTemplates`: attributes with their types,
 * `@eindex-select="(event) => event.detail.id"` with the event's type. The shape is the one
 * Vue's guide gives for custom elements not built with Vue. Types only: registers no element.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { EIndexElements } from './element-types.js';

/** `onEindexSelect` (what Vue's `@eindex-select` compiles to), with the event's own type. */
type VueEventProps<Events> = { [Name in keyof Events & string as `on${Capitalize<CamelCase<Name>>}`]?: (event: Events[Name]) => void };
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

/** A component type for the element: what the template may set on it, and what it emits. */
export type EIndexVueComponent<Tag extends keyof EIndexElements> = new () => EIndexElements[Tag]['element'] & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: Omit<HTMLAttributes & PublicProps, keyof EIndexElements[Tag]['attributes']> &
    EIndexElements[Tag]['attributes'] &
    VueEventProps<EIndexElements[Tag]['events']>;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof EIndexElements[Tag]['events']]: (event: EIndexElements[Tag]['events'][Name]) => void }>;
};

export type EIndexGlobalComponents = { [Tag in keyof EIndexElements]: EIndexVueComponent<Tag> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the augmentation is all of it.
  interface GlobalComponents extends EIndexGlobalComponents {}
}
