import { expect } from '@open-wc/testing';
import { EIndexRanking } from '../../src/ranking/eindex-ranking.js';
import * as eindex from '../../src/define.js';
import { declaredAttributes, heightTargets, readEmbedPolicy, readEmbedRequest, registeredTags } from '../../src/embed/embed.js';
import { colourTokenDefaults, contrastRatio, parseHex } from '../../src/embed/colours.js';
import { heightFrom, heightsPosted, loadFrame, loadedElement, pageHeight } from './frames.js';

const EMBED = '/embed/embed.html';
/** embed.html with the owner's meta tags named in the fragment (pages/owner/settings.ts). */
const OWNER = '/test/embed/pages/owner/embed.html';
/** This test server under another name: another origin. */
const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;
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
    const gauge = await loadFrame(`${EMBED}?element=eindex-gauge&src=/data/municipalities-2021.json&entity=ventspils&lang=en`);
    const meter = await loadedElement(gauge, 'eindex-gauge');
    expect(meter.getAttribute('entity')).to.equal('ventspils');
    expect(meter.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('64.8');
    const radar = await loadFrame(`${EMBED}?element=eindex-radar&src=/data/fictional.json&entity=velvavas-pilseta&compare=average&lang=en`);
    const chart = await loadedElement<HTMLElement & { updateComplete: Promise<boolean> }>(radar, 'eindex-radar');
    // Drawn with both series the query asked for: the entity and the average.
    expect(chart.shadowRoot!.querySelectorAll('svg g.series path.outline[d]')).to.have.length(2);
    expect(chart.shadowRoot!.querySelector('.legend')!.textContent).to.match(/average/i);
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
    const markup = '<img src=x onerror="window.hacked=1">';
    const frame = await loadFrame(`${EMBED}?element=eindex-ranking&src=/data/municipalities-2021.json&highlight=${encodeURIComponent(markup)}`);
    const ranking = await loadedElement<EIndexRanking>(frame, 'eindex-ranking');
    expect(ranking.getAttribute('highlight')).to.equal(markup);
    expect(ranking.shadowRoot!.querySelector('img')).to.equal(null);
    expect((frame.contentWindow as Window & { hacked?: number }).hacked).to.equal(undefined);
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

  it('takes `download` (the image export) for every chart, a yes/no parameter', () => {
    for (const tag of ['eindex-radar', 'eindex-gauge', 'eindex-trend', 'eindex-levels']) {
      const request = readEmbedRequest(query(`element=${tag}&download=&lang=en`), lookup, tags);
      expect(request.ok && request.attributes, tag).to.deep.equal([['download', ''], ['lang', 'en']]);
    }
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
    for (const value of ['url(https://example.org/x.png)', 'red; background: blue', 'var(--x)', '12px', 'transparent', '#0b57a480', 'rgb(0 0 0 / 0)']) {
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

/** The alert text of an embed page that refused its query, and that it drew no element. */
function refusal(frame: HTMLIFrameElement): string {
  const doc = frame.contentDocument!;
  expect(doc.querySelector('main :not(.embed-error, .embed-error *)'), 'no element drawn').to.equal(null);
  return doc.querySelector('[role="alert"]')!.textContent!;
}

describe('embed.html shows only what its owner allows', () => {
  for (const src of ['https://evil.example/fake.json', '//evil.example/fake.json', '/\\evil.example/fake.json', `${OTHER_ORIGIN}/data/fictional.json`]) {
    it(`refuses src=${src} on a stock page, naming the origin`, async () => {
      const frame = await loadFrame(`${EMBED}?element=eindex-ranking&src=${encodeURIComponent(src)}&lang=en`);
      const text = refusal(frame);
      expect(text).to.contain(new URL(src, location.href).origin);
      expect(text).to.contain('eindex-sources');
    });
  }

  it('refuses a data: or javascript: src', async () => {
    for (const src of ['data:application/json,{}', 'javascript:alert(1)']) {
      const frame = await loadFrame(`${EMBED}?element=eindex-ranking&src=${encodeURIComponent(src)}&lang=en`);
      expect(refusal(frame)).to.contain('http(s)');
      frame.remove();
    }
  });

  it('accepts a src on another origin once the owner lists it in eindex-sources, and draws it', async () => {
    const src = `${OTHER_ORIGIN}/data/municipalities-2021.json`;
    const frame = await loadFrame(`${OWNER}?element=eindex-ranking&src=${encodeURIComponent(src)}&lang=en#eindex-sources=loopback`);
    const ranking = frame.contentDocument!.querySelector('eindex-ranking')!;
    expect(ranking, 'the element is drawn').not.to.equal(null);
    expect(ranking.getAttribute('src')).to.equal(src);
    // Still refused: an origin the owner did not list.
    const other = await loadFrame(`${OWNER}?element=eindex-ranking&src=https%3A%2F%2Fevil.example%2Fx.json&lang=en#eindex-sources=loopback`);
    expect(refusal(other)).to.contain('https://evil.example');
  });

  it('reads every eindex-sources meta as a list of origins', () => {
    const doc = new DOMParser().parseFromString(
      '<meta name="eindex-sources" content="https://data.example.lv/path  http://b.example:8080 not-a-url *"><meta name="eindex-sources" content="https://c.example">',
      'text/html',
    );
    expect(readEmbedPolicy(doc).sources).to.deep.equal(['https://data.example.lv', 'http://b.example:8080', 'https://c.example']);
  });

  it('does not take value= or caption=: the figure and the title stay the data\'s', async () => {
    const gauge = await loadFrame(`${EMBED}?element=eindex-gauge&src=/data/municipalities-2021.json&entity=ventspils&value=3&lang=en`);
    expect(refusal(gauge)).to.contain('"value"');
    const table = await loadFrame(`${EMBED}?element=eindex-ranking&src=/data/municipalities-2021.json&caption=OFFICIAL%3A%20fake&lang=en`);
    expect(refusal(table)).to.contain('"caption"');
    expect(table.contentDocument!.body.textContent).not.to.contain('OFFICIAL');
    // The same element without them draws the published figure.
    const real = await loadFrame(`${EMBED}?element=eindex-gauge&src=/data/municipalities-2021.json&entity=ventspils&lang=en`);
    const meter = await loadedElement(real, 'eindex-gauge');
    expect(meter.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('64.8');
  });

  it('refuses colours that would hide text, and keeps readable ones', async () => {
    const refused = ['--eindex-text=%23ffffff', '--eindex-muted=%23fefefe', '--eindex-background=%231b1b1f&--eindex-text=%23000000', '--eindex-background=%23777777', '--eindex-level-1=%23fafafa', '--eindex-text=transparent'];
    for (const colours of refused) {
      const frame = await loadFrame(`${EMBED}?element=eindex-ranking&src=/data/municipalities-2021.json&${colours}&lang=en`);
      expect(refusal(frame), colours).to.match(/contrast|not a colour/);
      frame.remove();
    }
    // A dark background alone: the other tokens take their dark defaults.
    const frame = await loadFrame(`${EMBED}?element=eindex-ranking&src=/data/municipalities-2021.json&--eindex-background=%23101820&lang=en`);
    const ranking = await loadedElement(frame, 'eindex-ranking');
    expect(ranking.style.getPropertyValue('--eindex-background')).to.equal('#101820');
    const name = ranking.shadowRoot!.querySelector('tbody tr')!;
    expect(getComputedStyle(name).color).to.equal('rgb(236, 236, 241)');
  });

  it('quotes at most a few words of a crafted query in its refusal', async () => {
    const long = `eindex-${'a'.repeat(1900)}`;
    for (const query of [`element=${long}`, `element=eindex-ranking&${'b'.repeat(1900)}=1`, `element=eindex-ranking&lang=${'c'.repeat(1900)}`]) {
      const frame = await loadFrame(`${EMBED}?${query}`);
      expect(refusal(frame).length, query.slice(0, 40)).to.be.below(400);
      frame.remove();
    }
    const bidi = await loadFrame(`${EMBED}?element=eindex-${encodeURIComponent('x\u202Eevil')}&lang=en`);
    expect(refusal(bidi)).not.to.contain('\u202E');
  });

  it('tells the height only to parents the owner lists in eindex-parents', async () => {
    const query = 'element=eindex-ranking&src=/data/municipalities-2021.json&lang=en';
    // Both pages are on the other origin, so this page is a foreign framer to them.
    const listed = await loadFrame(`${OTHER_ORIGIN}${OWNER}?${query}#eindex-parents=localhost`);
    const unlisted = await loadFrame(`${OTHER_ORIGIN}${OWNER}?${query}#eindex-parents=https%3A%2F%2Fintranet.example.lv`);
    expect(await heightFrom(listed, (h) => h > 150)).to.be.greaterThan(150);
    expect(heightsPosted(unlisted)).to.deep.equal([]);
  });

  it('posts the height to any parent when no eindex-parents is set, as documented for public data', () => {
    const doc = new DOMParser().parseFromString('<title>x</title>', 'text/html');
    const win = { document: doc, location: { origin: 'https://www.example.lv', ancestorOrigins: ['https://news.example'] } } as unknown as Window;
    expect(heightTargets(win)).to.deep.equal(['*']);
    doc.head.insertAdjacentHTML('beforeend', '<meta name="eindex-parents" content="https://portal.example.lv">');
    expect(heightTargets(win), 'a framer that is not listed').to.deep.equal([]);
    const listedWin = { document: doc, location: { origin: 'https://www.example.lv', ancestorOrigins: ['https://portal.example.lv'] } } as unknown as Window;
    expect(heightTargets(listedWin)).to.deep.equal(['https://portal.example.lv']);
  });
});

describe('embed colour tokens', () => {
  it('reads every colour token and its light default from the shared styles', () => {
    const defaults = colourTokenDefaults();
    for (const name of ['text', 'muted', 'background', 'surface', 'accent', 'error', 'level-1', 'series-4']) expect(defaults.has(name), name).to.equal(true);
    expect(defaults.get('background')).to.deep.equal([255, 255, 255]);
  });

  it('computes WCAG contrast: black on white is 21:1, the default text passes 4.5:1', () => {
    expect(contrastRatio(parseHex('#000')!, parseHex('#ffffff')!)).to.be.closeTo(21, 1e-9);
    const defaults = colourTokenDefaults();
    expect(contrastRatio(defaults.get('text')!, defaults.get('background')!)).to.be.above(4.5);
    expect(parseHex('#12345')).to.equal(undefined);
  });
});
