// Each marked line must fail to type-check with the error named in its marker.
import 'eindex-widgets/ranking';

const ranking = document.createElement('eindex-ranking');
ranking.addEventListener('eindex-select', (event) => event.detail.idd); // error TS2339
ranking.limit = 'ten'; // error TS2322
