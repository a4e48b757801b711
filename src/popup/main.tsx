import { render } from 'preact';

render(<main>Gleaner popup</main>, document.getElementById('app')!);
