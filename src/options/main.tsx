import { render } from 'preact';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { App } from './app';
import './options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('opt_pageTitle');
render(<App />, document.getElementById('app')!);
