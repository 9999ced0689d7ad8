/** The clean and hostile-CSS pages' script: every element in every settled state, measured, posted to the test. */
import { runPage } from './page-cases.js';

const report = await runPage({ loading: false });
parent.postMessage(report, location.origin);
