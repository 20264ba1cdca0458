/**
 * A list typed as one line or field (a brand's strengths and impressions, a pillar's keywords) as
 * its items: split on new lines, commas (`,` `，`), `、` and semicolons (`;` `；`, which a Chinese
 * input method types), each trimmed, empty ones dropped. A space stays inside an item: "R
 * language" and 手冲 咖啡 are phrases. `init`'s answers and the studio's Brand page split alike.
 */
export function splitList(text: string): string[] {
  return text.split(/[\n,，、;；]/).map((s) => s.trim()).filter(Boolean);
}
