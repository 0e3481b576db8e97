// esbuild bundles imported style sheets into the page's CSS file.
declare module '*.css';
