// With a bundler (vite, webpack, esbuild, rollup): `npm install eindex-widgets`, then import
// only the element you use. `eindex-widgets` alone registers the whole set.
import 'eindex-widgets/ranking';

const ranking = document.createElement('eindex-ranking');
ranking.id = 'ministries';
// A bundler copies the data file and gives its URL; here it is next to the example.
ranking.src = new URL('../../data/institutions.json', import.meta.url).href;
ranking.setAttribute('edition', '2021');
ranking.setAttribute('group', 'ministry');
ranking.setAttribute('columns', 'rank name total level');
ranking.addEventListener('eindex-select', (event) => {
  document.querySelector('#chosen').textContent = event.detail.id;
});
document.querySelector('main').append(ranking);
