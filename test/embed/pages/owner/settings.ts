// The embed page as a site's owner configures it, for tests: this classic script runs before
// the embed module and adds the meta tags the URL's fragment names, e.g.
// `#eindex-sources=loopback&eindex-parents=localhost`. `loopback` and `localhost` stand for this
// test server at http://127.0.0.1:<port> and http://localhost:<port>: two origins.
const names: Record<string, string> = { loopback: `http://127.0.0.1:${location.port}`, localhost: `http://localhost:${location.port}` };
for (const [name, value] of new URLSearchParams(location.hash.slice(1))) {
  const meta = document.createElement('meta');
  meta.name = name;
  meta.content = value.split(' ').map((word) => names[word] ?? word).join(' ');
  document.head.append(meta);
}
