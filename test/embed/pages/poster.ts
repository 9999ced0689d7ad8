/**
 * A stand-in iframe page for the embed-host tests: posts the height its query names
 * (`?height=321`, any JSON) to the parent, or first moves to another address (`?go=…`), or
 * nothing without either.
 */
const params = new URLSearchParams(location.search);
const go = params.get('go');
if (go) location.replace(go);
else if (params.has('height')) parent.postMessage({ type: 'eindex-height', height: JSON.parse(params.get('height') ?? 'null') as unknown }, '*');
