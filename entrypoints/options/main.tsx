/** Options page entry: wiring only (see `./App.tsx`). */
import { render } from 'preact';
import '../../components/library/pages.css';
import './style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
