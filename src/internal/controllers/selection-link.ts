import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Follows the selection of another element named by id (the `for` attribute): each
 * `eindex-select` it fires hands its `{ id }` to `follow`. Selections are heard on the host's
 * root (document or shadow root) rather than on the named element itself, so the link works
 * whatever order the elements are created in.
 */
export class SelectionLinkController implements ReactiveController {
  #root: Document | ShadowRoot | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly sourceId: () => string,
    private readonly follow: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#listenOn(this.host.getRootNode() as Document | ShadowRoot);
  }

  hostDisconnected(): void {
    this.#listenOn(undefined);
  }

  #listenOn(root: Document | ShadowRoot | undefined): void {
    if (root === this.#root) return;
    this.#root?.removeEventListener('eindex-select', this.#onSelect);
    this.#root = root;
    root?.addEventListener('eindex-select', this.#onSelect);
  }

  readonly #onSelect = (event: Event): void => {
    const id = this.sourceId();
    const target = event.target;
    if (!id || !(target instanceof Element) || target === this.host || target.id !== id) return;
    const detail = (event as CustomEvent<{ id?: unknown }>).detail;
    if (typeof detail?.id === 'string') this.follow(detail.id);
  };
}
