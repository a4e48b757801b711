import { render } from 'preact';

render(<main>Gleaner options</main>, document.getElementById('app')!);
