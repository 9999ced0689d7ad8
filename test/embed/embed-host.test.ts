import { expect } from '@open-wc/testing';
import '../../src/embed-host.js';
import { heightFrom, loadFrame, pageHeight } from './frames.js';

const PAGES = '/test/embed/pages';
/** This test server under another name: another origin. */
const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  for (const host of document.querySelectorAll('.shadow-host')) host.remove();
});

/** A same-origin stand-in page (pages/poster.ts) named `page` that posts `height` (JSON text). */
function posting(page: 'embed.html' | 'other.html', height: string): Promise<HTMLIFrameElement> {
  return loadFrame(`${PAGES}/${page}?height=${encodeURIComponent(height)}`, { height: '100' });
}

/** Resolves after this page has handled one more message (the host script listens first). */
const nextMessage = (): Promise<MessageEvent> => new Promise((resolve) => window.addEventListener('message', resolve, { once: true }));

describe('embed-host.js', () => {
  it('sizes an embed.html iframe to its content', async () => {
    const frame = document.createElement('iframe');
    frame.height = '120';
    frame.style.width = '800px';
    const settled = heightFrom(frame, (h) => h > 200);
    frame.src = '/embed/embed.html?element=eindex-ranking&src=/data/fictional.json&group=north&lang=en&limit=5';
    document.body.append(frame);
    const height = await settled;
    expect(frame.clientHeight).to.equal(height);
    expect(height).to.equal(pageHeight(frame));
  });

  it('sizes only the iframe that sent the height', async () => {
    const other = await loadFrame(`${PAGES}/embed.html`, { height: '100' });
    const message = nextMessage();
    const frame = await posting('embed.html', '321');
    await message;
    expect(frame.clientHeight).to.equal(321);
    expect(other.clientHeight).to.equal(100);
  });

  it('ignores a foreign iframe (not an embed.html page) and still sizes a real embed', async () => {
    const message = nextMessage();
    const foreign = await posting('other.html', '20000');
    await message;
    expect(foreign.clientHeight).to.equal(100);
    const again = nextMessage();
    const embed = await posting('embed.html', '222');
    await again;
    expect(embed.clientHeight).to.equal(222);
  });

  it('ignores an embed.html iframe whose page now comes from another origin than its src', async () => {
    const message = nextMessage();
    const target = `${OTHER_ORIGIN}${PAGES}/embed.html?height=444`;
    const frame = await loadFrame(`${PAGES}/embed.html?go=${encodeURIComponent(target)}`, { height: '100' });
    const event = await message;
    expect(event.origin).to.equal(OTHER_ORIGIN);
    expect(frame.clientHeight).to.equal(100);
  });

  it('sizes an embed inside an open shadow root', async () => {
    const host = document.createElement('div');
    host.className = 'shadow-host';
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const frame = document.createElement('iframe');
    frame.height = '100';
    const message = nextMessage();
    frame.src = `${PAGES}/embed.html?height=333`;
    root.append(frame);
    await message;
    expect(frame.clientHeight).to.equal(333);
  });

  for (const [what, height] of [
    ['a string', '"321"'],
    ['a negative number', '-5'],
    ['an absurd height', '1e9'],
    ['not a number', 'null'],
  ] as const) {
    it(`ignores ${what} as a height`, async () => {
      const message = nextMessage();
      const frame = await posting('embed.html', height);
      await message;
      expect(frame.clientHeight).to.equal(100);
    });
  }

  it('ignores messages that do not come from one of the page\'s iframes', async () => {
    const frame = await loadFrame('about:blank', { height: '100' });
    const message = nextMessage();
    window.postMessage({ type: 'eindex-height', height: 400 }, '*');
    await message;
    expect(frame.clientHeight).to.equal(100);
    expect(document.body.style.height).to.equal('');
  });
});
