/** uPlot's stylesheet, imported for its side effect: the bundler writes it next to the bench. */
declare module 'uplot/dist/uPlot.min.css';
