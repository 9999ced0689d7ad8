/**
 * Opens a reliability page in an iframe of a given size and collects the messages it posts.
 * Used by the tests (not by the pages): the runner's own page holds inline scripts and its
 * styles, so policies and hostile CSS are tried on pages of their own.
 */
export interface OpenFrame {
  readonly frame: HTMLIFrameElement;
  readonly messages: unknown[];
}

export async function openFrame(src: string, options: { width: number; height: number; messages: number }): Promise<OpenFrame> {
  const frame = document.createElement('iframe');
  frame.title = `reliability page ${src}`;
  frame.width = String(options.width);
  frame.height = String(options.height);
  frame.classList.add('reliability-frame');
  const messages: unknown[] = [];
  let wake: () => void = () => undefined;
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== frame.contentWindow) return;
    messages.push(event.data);
    wake();
  };
  window.addEventListener('message', onMessage);
  try {
    frame.src = src;
    document.body.append(frame);
    while (messages.length < options.messages) await new Promise<void>((resolve) => (wake = resolve));
  } finally {
    window.removeEventListener('message', onMessage);
  }
  return { frame, messages };
}
