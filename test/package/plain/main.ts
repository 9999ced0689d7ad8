// Plain TypeScript with the import the docs show: events are typed after it alone.
import 'eindex-widgets/ranking';
import { EIndexRanking } from 'eindex-widgets/ranking';
import type { EIndexSelectDetail } from 'eindex-widgets/ranking';
import type { EIndexDocument } from 'eindex-widgets/classes';

const ranking = document.createElement('eindex-ranking');
ranking.limit = 10;
ranking.addEventListener('eindex-select', (event) => console.log(event.detail.id));
ranking.addEventListener('eindex-load', (event) => console.log(event.detail.edition + 1));
document.addEventListener('eindex-error', (event) => console.log(event.detail.message, event.detail.path));
const found: EIndexRanking | null = document.querySelector('eindex-ranking');
const detail: EIndexSelectDetail = { id: 'cesis' };
const partial: Pick<EIndexDocument, 'schema'> = { schema: 'eindex/1' };
console.log(found, detail, partial, ranking instanceof EIndexRanking);
