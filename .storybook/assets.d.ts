/** Style sheets the preview imports for their side effect: Vite injects them into the page. */
declare module '*.css';
