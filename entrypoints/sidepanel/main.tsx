/** Side panel entry (Chrome side panel; Firefox sidebar via WXT's sidebar_action): wiring only. */
import { render } from 'preact';
import '../../components/library/pages.css';
import './style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
