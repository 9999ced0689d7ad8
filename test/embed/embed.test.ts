import { expect } from '@open-wc/testing';
import { EIndexRanking } from '../../src/ranking/eindex-ranking.js';
import * as eindex from '../../src/define.js';
import { declaredAttributes, readEmbedRequest, registeredTags } from '../../src/embed/embed.js';
import { heightFrom, loadFrame, loadedElement, pageHeight } from './frames.js';

const EMBED = '/embed/embed.html';
const lookup = (tag: string): CustomElementConstructor | undefined => customElements.get(tag);
const query = (text: string): URLSearchParams => new URLSearchParams(text);

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('embed.html', () => {
  it('renders the element named in the query in the asked language and group, and posts its height', async () => {
    const frame = await loadFrame(`${EMBED}?element=eindex-ranking&src=/data/fictional.json&group=north&lang=en&limit=5`);
    const ranking = await loadedElement<EIndexRanking>(frame, 'eindex-ranking');
    expect(ranking.getAttribute('group')).to.equal('north');
    expect(ranking.language).to.equal('en');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    const text = ranking.shadowRoot!.textContent!;
    expect(text).to.contain('Fictional data');
    expect(text).to.contain('North');
    expect(text).not.to.contain('South');
    const rows = ranking.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(5);
    // The loaded table is much taller than the loading state: a message with its height arrives.
    const height = await heightFrom(frame, (h) => h === pageHeight(frame));
    expect(height).to.be.greaterThan(200);
  });

  it('shows the radar and the gauge too, each with its own attributes', async () => {
    const gauge = await loadFrame(`${EMBED}?element=eindex-gauge&value=42&lang=en`);
    const meter = gauge.contentDocument!.querySelector('eindex-gauge')!;
    await (meter as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(meter.getAttribute('value')).to.equal('42');
    expect(meter.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('42');
    const radar = await loadFrame(`${EMBED}?element=eindex-radar&src=/data/fictional.json&compare=average&lang=en`);
    expect(radar.contentDocument!.querySelector('eindex-radar')!.getAttribute('compare')).to.equal('average');
  });

  it('speaks Latvian by default', async () => {
    const frame = await loadFrame(`${EMBED}?element=eindex-ranking&src=/data/municipalities-2021.json`);
    const ranking = await loadedElement<EIndexRanking>(frame, 'eindex-ranking');
    expect(ranking.language).to.equal('lv');
    expect(ranking.shadowRoot!.textContent).to.contain('pašvaldības');
  });

  it('refuses an element that is not an eindex element, with a message naming the allowed ones', async () => {
    const frame = await loadFrame(`${EMBED}?element=script&lang=en`);
    const alert = frame.contentDocument!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Unknown element "script"');
    expect(alert.textContent).to.contain('eindex-ranking');
    expect(frame.contentDocument!.querySelector('main script')).to.equal(null);
    expect(await heightFrom(frame)).to.be.greaterThan(0);
  });

  it('refuses an attribute the element does not declare, and creates no element', async () => {
    const frame = await loadFrame(`${EMBED}?element=eindex-ranking&onclick=alert(1)&lang=en`);
    const alert = frame.contentDocument!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('"onclick"');
    expect(alert.textContent).to.contain('group');
    expect(frame.contentDocument!.querySelector('eindex-ranking')).to.equal(null);
  });

  it('says in Latvian when the element is missing', async () => {
    const frame = await loadFrame(EMBED);
    expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain('nav norādīts elements');
  });

  it('keeps query values as text', async () => {
    const caption = '<img src=x onerror="window.hacked=1">';
    const frame = await loadFrame(`${EMBED}?element=eindex-ranking&src=/data/municipalities-2021.json&caption=${encodeURIComponent(caption)}`);
    const ranking = await loadedElement<EIndexRanking>(frame, 'eindex-ranking');
    expect(ranking.getAttribute('caption')).to.equal(caption);
    expect(ranking.shadowRoot!.querySelector('img')).to.equal(null);
    expect(ranking.shadowRoot!.textContent).to.contain(caption);
  });

  it('has no inline script or style, so it runs under its own strict policy', async () => {
    const html = await (await fetch(EMBED)).text();
    expect(html).to.match(/script-src 'self'; style-src 'self'/);
    expect(html).not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.to.match(/<style|\sstyle=/);
  });
});

describe('embed query rules', () => {
  const tags = registeredTags(eindex);

  it('finds the registered eindex elements from the public classes', () => {
    expect(tags).to.include.members(['eindex-ranking', 'eindex-radar', 'eindex-gauge']);
    for (const tag of tags) expect(tag).to.match(/^eindex-/);
  });

  it('takes the allowed attributes from the element\'s declared properties', () => {
    const names = [...declaredAttributes(EIndexRanking).keys()];
    for (const name of ['src', 'edition', 'lang', 'for', 'timeout', 'group', 'limit', 'sort', 'columns', 'highlight', 'search', 'download', 'caption']) {
      expect(names).to.include(name);
    }
    // `.data` is an object property and internal state has no attribute.
    expect(names).not.to.include('data');
    expect(names).not.to.include('query');
    expect(names).not.to.include('loadstate');
  });

  it('sets boolean attributes from "", true or their name and drops false', () => {
    const request = readEmbedRequest(query('element=eindex-ranking&search=&download=false&lang=en'), lookup, tags);
    expect(request.ok && request.attributes).to.deep.equal([['search', ''], ['lang', 'en']]);
    const bad = readEmbedRequest(query('element=eindex-ranking&search=maybe&lang=en'), lookup, tags);
    expect(!bad.ok && bad.message).to.contain('yes/no');
  });

  it('refuses a repeated parameter, an unknown language and an over-long value', () => {
    const repeated = readEmbedRequest(query('element=eindex-ranking&group=a&group=b&lang=en'), lookup, tags);
    expect(!repeated.ok && repeated.message).to.contain('more than once');
    const lang = readEmbedRequest(query('element=eindex-ranking&lang=de'), lookup, tags);
    expect(!lang.ok && lang.message).to.contain('"de"');
    const long = readEmbedRequest(query(`element=eindex-ranking&highlight=${'a'.repeat(2001)}`), lookup, tags);
    expect(long.ok).to.equal(false);
  });

  it('accepts --eindex-* colours and nothing else as styles', () => {
    const ok = readEmbedRequest(query('element=eindex-ranking&--eindex-accent=%239e3039'), lookup, tags);
    expect(ok.ok && ok.colours).to.deep.equal([['--eindex-accent', '#9e3039']]);
    for (const value of ['url(https://example.org/x.png)', 'red; background: blue', 'var(--x)', '12px']) {
      const request = readEmbedRequest(query(`element=eindex-ranking&--eindex-accent=${encodeURIComponent(value)}`), lookup, tags);
      expect(request.ok, value).to.equal(false);
    }
    expect(readEmbedRequest(query('element=eindex-ranking&--other=red'), lookup, tags).ok).to.equal(false);
  });

  it('refuses a look-alike tag that is not registered', () => {
    const request = readEmbedRequest(query('element=eindex-evil&lang=en'), lookup, tags);
    expect(!request.ok && request.message).to.contain('Unknown element "eindex-evil"');
  });
});
