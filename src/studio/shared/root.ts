/** The project folder the studio reads and writes (set by the integration to Astro's root). */
export function studioRoot(): string {
  return process.env.THROUGHLINE_ROOT ?? process.cwd();
}
