/** The entry of dist/embed.html: registers every element, then draws the one the query names. */
import * as eindex from '../define.js';
import { readEmbedPolicy, readEmbedRequest, registeredTags, renderEmbed, reportHeight } from './embed.js';

const container = document.getElementById('embed') ?? document.body;
const request = readEmbedRequest(new URLSearchParams(location.search), (tag) => customElements.get(tag), registeredTags(eindex), readEmbedPolicy());
renderEmbed(request, container);
document.title = request.ok ? `E-indekss — ${request.tag}` : 'E-indekss';
reportHeight();
