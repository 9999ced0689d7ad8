import { expect } from '@open-wc/testing';
import '../../src/embed-host.js';
import { heightFrom, loadFrame, pageHeight } from './frames.js';

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** An iframe whose own script posts `message` to this page. */
async function posting(message: string): Promise<HTMLIFrameElement> {
  const html = `<script>parent.postMessage(${message}, '*')</script>`;
  return loadFrame(`data:text/html,${encodeURIComponent(html)}`, { height: '100' });
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
    const other = await loadFrame('about:blank', { height: '100' });
    const message = nextMessage();
    const frame = await posting(`{ type: 'eindex-height', height: 321 }`);
    await message;
    expect(frame.clientHeight).to.equal(321);
    expect(other.clientHeight).to.equal(100);
  });

  for (const [what, height] of [
    ['a string', `'321'`],
    ['a negative number', '-5'],
    ['an absurd height', '1e9'],
    ['not a number', 'NaN'],
  ]) {
    it(`ignores ${what} as a height`, async () => {
      const message = nextMessage();
      const frame = await posting(`{ type: 'eindex-height', height: ${height} }`);
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
