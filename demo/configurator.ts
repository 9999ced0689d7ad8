/// <reference types="vite/client" />
/** The demo page's configurator entry: the manifest and the CSS come in through vite here. */
import manifest from '../custom-elements.json';
import themeCss from './theme-demo.css?raw';
import './theme-demo.css';
import './configurator.css';
import { startConfigurator } from './configurator-app.js';

const mount = document.getElementById('configurator-root');
if (mount) startConfigurator(mount, manifest, themeCss);
