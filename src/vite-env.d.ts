/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare const __DEMO__: boolean;
declare const __API_BASE_URL__: string;
declare const __APP_VERSION__: string;
