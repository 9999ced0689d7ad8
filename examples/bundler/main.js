// With a bundler (vite, webpack, esbuild, rollup): install the package (`npm install
// ./eindex-widgets-0.1.0.tgz`, docs/usage.md), then import only the element you use.
// `eindex-widgets` alone registers the whole set.
import 'eindex-widgets/ranking';

const ranking = document.createElement('eindex-ranking');
ranking.id = 'ministries';
// The site serves dist/ at /eindex-widgets/, the shipped data with it.
ranking.src = '/eindex-widgets/data/institutions.json';
ranking.setAttribute('edition', '2021');
ranking.setAttribute('group', 'ministry');
ranking.setAttribute('columns', 'rank name total level');
ranking.addEventListener('eindex-select', (event) => {
  document.querySelector('#chosen').textContent = event.detail.id;
});
document.querySelector('main').append(ranking);
