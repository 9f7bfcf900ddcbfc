/// <reference types="astro/client" />

// The design tokens and lane colours as CSS (src/integrations/palette-stylesheet.ts).
declare module 'virtual:timeline-palette.css';
