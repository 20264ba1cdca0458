/**
 * Emphasis read as the built page's parser (Sätteri) reads it, which differs from CommonMark,
 * and so from micromark, in one point: an `*` or `_` right beside a run of the other marker
 * loosens the run's rule (as CommonMark extensions let GFM's `~` do), where CommonMark counts it
 * as punctuation. So `还有**_pubDatetime_**，` (AstroPaper's Chinese docs) and `a**_b_**c` are
 * strong emphasis on the page, while CommonMark leaves the asterisks as text (a run between a
 * letter and punctuation opens nothing). Checked against the page's output case by case
 * (tests/unit/studio/drafts/preview-page-rules.test.ts).
 *
 * This construct finds the runs and decides whether each may open or close; micromark's own
 * attention resolver (found in the parser's constructs) pairs them, as before. It replaces
 * micromark's attention construct (`disable`).
 */
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const ASTERISK = 42;
const UNDERSCORE = 95;

/** CommonMark's classes: 1 whitespace (or a line's end), 2 punctuation or symbol, undefined else. */
function kind(code: Code): 1 | 2 | undefined {
  if (code === null || code < 0) return 1;
  const char = String.fromCharCode(code);
  return /\s/.test(char) ? 1 : /[\p{P}\p{S}]/u.test(char) ? 2 : undefined;
}

function tokenizeAttention(this: TokenizeContext, effects: Effects, ok: State): State {
  const markers = this.parser.constructs.attentionMarkers?.null ?? [];
  const previous = this.previous;
  const before = kind(previous);
  let marker: Code = null;
  const loosens = (code: Code) => code !== marker && markers.includes(code);
  const inside: State = (code) => {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    const token = effects.exit('attentionSequence');
    const after = kind(code);
    const open = !after || (after === 2 && Boolean(before)) || loosens(code);
    const close = !before || (before === 2 && Boolean(after)) || loosens(previous);
    token._open = marker === ASTERISK ? open : open && (Boolean(before) || !close);
    token._close = marker === ASTERISK ? close : close && (Boolean(after) || !open);
    return ok(code);
  };
  return (code) => {
    marker = code;
    effects.enter('attentionSequence');
    return inside(code);
  };
}

const coreAttention = (context: TokenizeContext): Construct => {
  const list = context.parser.constructs.text[ASTERISK];
  return (Array.isArray(list) ? list : [list]).find((c) => c?.name === 'attention')!;
};

const attention: Construct = {
  name: 'attentionAsOnThePage',
  tokenize: tokenizeAttention,
  resolveAll: (events, context) => coreAttention(context).resolveAll!(events, context),
};

/** The micromark extension: emphasis runs read as on the built page. */
export const PAGE_ATTENTION: Extension = { text: { [ASTERISK]: attention, [UNDERSCORE]: attention }, disable: { null: ['attention'] } };
