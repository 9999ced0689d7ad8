// A React 19 app as the docs show it: every element, typed attributes and events, strict.
import type {} from 'eindex-widgets/jsx';
import 'eindex-widgets';
import { useRef, useState } from 'react';
import type { EIndexRanking } from 'eindex-widgets/classes';

const doc = { schema: 'eindex/1', categories: [], editions: [] };

export function Dashboard({ onError }: { onError: (message: string) => void }) {
  const [chosen, setChosen] = useState('cesis');
  const ranking = useRef<EIndexRanking>(null);
  return (
    <main lang="en">
      <eindex-ranking
        ref={ranking}
        id="ranking"
        className="wide"
        src="/eindex-widgets/data/municipalities-2021.json"
        columns="rank name group total level"
        limit={10}
        highlight={chosen}
        sort="total"
        search
        download={false}
        lang="lv"
        oneindex-select={(event) => setChosen(event.detail.id)}
        oneindex-load={(event) => console.log(event.detail.edition.toFixed(0))}
        oneindex-error={(event) => onError(event.detail.message + (event.detail.path ?? ''))}
      />
      <eindex-ranking limit="10" edition="2021" timeout={5000} data={doc} aria-label="Ranking" data-test="x" />
      <eindex-radar for="ranking" entity={chosen} compare="average best" src="/eindex-widgets/data/municipalities-2021.json" oneindex-load={(event) => event.detail.edition} />
      <eindex-gauge for="ranking" entity={chosen} value={64.8} edition={2021} src="/eindex-widgets/data/municipalities-2021.json" oneindex-error={(event) => onError(event.detail.message)} />
      <eindex-trend for="ranking" entity={chosen} compare="average" measure="total" src="/eindex-widgets/data/institutions.json" oneindex-load={(event) => event.detail.edition} />
      <eindex-levels entity={chosen} editions="all" src="/eindex-widgets/data/institutions.json" oneindex-error={(event) => onError(event.detail.message)} />
    </main>
  );
}
