/** Popup entry: wiring only (see `./App.tsx`). */
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
