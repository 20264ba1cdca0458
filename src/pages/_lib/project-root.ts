/** The folder holding content/: the integration sets THROUGHLINE_ROOT to Astro's root. */
export function projectRoot(): string {
  return process.env.THROUGHLINE_ROOT ?? process.cwd();
}
