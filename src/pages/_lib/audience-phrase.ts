/**
 * The brand's audience as it reads inside an English sentence, after "Written for " on the home
 * page: its first letter lowered when that capital only starts the text (`Busy home cooks` ->
 * `busy home cooks`), kept when the first word is an acronym or written in mixed case (`OI
 * students`, `AI engineers`, `CTOs`, `JavaScript developers`, `iOS developers`): a word with a
 * capital after its first letter is a name, and lowering it misspells it (a real blog's home page
 * said "Written for oI students"). Text that does not start with a capital (Chinese, `home
 * cooks`) is returned as written.
 */
export function audienceAfterFor(audience: string): string {
  const first = /^\S+/u.exec(audience)?.[0] ?? '';
  const [head = '', ...rest] = [...first];
  if (!/^\p{Lu}$/u.test(head)) return audience;
  // The pronoun `I`, or a capital anywhere after the first letter: a name or an acronym.
  if (first === 'I' || rest.some((c) => /\p{Lu}/u.test(c))) return audience;
  return head.toLowerCase() + audience.slice(head.length);
}
