// Each marked line must fail to type-check with the error named in its marker.
import type {} from 'eindex-widgets/jsx';

export const typos = (
  <>
    <eindex-ranking limt={10} /> {/* error TS2322 */}
    <eindex-ranking limit="ten" /> {/* error TS2322 */}
    <eindex-ranking lang="de" /> {/* error TS2322 */}
    <eindex-ranking search="yes" /> {/* error TS2322 */}
    <eindex-ranking oneindex-select={(event) => event.detail.idd} /> {/* error TS2339 */}
    <eindex-gauge oneindex-select={(event) => event} /> {/* error TS7006 */}
    <eindex-radar entity={42} /> {/* error TS2322 */}
  </>
);
