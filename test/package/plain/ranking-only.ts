// Only the element's own entry, as the docs show it: its events are typed with nothing else.
import 'eindex-widgets/ranking';

const ranking = document.createElement('eindex-ranking');
ranking.addEventListener('eindex-select', (event) => console.log(event.detail.id));
document.addEventListener('eindex-load', (event) => console.log(event.detail.edition));
