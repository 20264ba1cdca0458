/**
 * The brand form's fields as the brand page renders them, for a test to post them back changed:
 * each named input with its value (checked boxes only, `on` without a value), each textarea's text
 * and each select's selected option, its `&amp;`, `&#39;` and `&quot;` read back. `html`: the page.
 */
export function brandFormFields(html: string): Record<string, string> {
  const form = html.slice(html.indexOf('id="brand-form"'), html.indexOf('</form>', html.indexOf('id="brand-form"')));
  const fields: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (!name || (/type="checkbox"/.test(tag) && !/\bchecked\b/.test(tag))) continue;
    fields[name] = /\bvalue="([^"]*)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"') ?? 'on';
  }
  for (const [, name, text] of form.matchAll(/<textarea[^>]*name="([^"]*)"[^>]*>([^<]*)<\/textarea>/g)) fields[name!] = text!;
  for (const [, name, options] of form.matchAll(/<select[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g))
    fields[name!] = /<option value="([^"]*)" selected/.exec(options!)?.[1] ?? '';
  return fields;
}
