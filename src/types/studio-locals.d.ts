/** What the studio middleware (src/studio/middleware.ts) keeps for a request's pages. */
declare namespace App {
  interface Locals {
    /** The request's UI locale, brand included (src/studio/shared/lang.ts getStudioLocale). */
    studioLocale?: import('../studio/shared/locale.ts').StudioLocale;
  }
}
