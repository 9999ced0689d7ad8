/** The demo page's "from a spreadsheet" panel entry: its CSS comes in through vite here. */
import './import-panel.css';
import { startImportPanel } from './import-panel-app.js';

const mount = document.getElementById('import-root');
if (mount) startImportPanel(mount);
