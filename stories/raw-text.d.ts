/** Vite's `?raw` import: a file's text, for stories that show a sample file as it is. */
declare module '*?raw' {
  const text: string;
  export default text;
}
