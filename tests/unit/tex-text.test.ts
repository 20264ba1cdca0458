import { describe, expect, test } from 'vitest';
import { texToText } from '../../src/pages/_lib/tex-text.ts';

describe('texToText (a formula as the text of a description)', () => {
  test.each([
    ['\\mathbf{F} = q\\mathbf{E}', 'F = qE'],
    ['x^2 + y_1', 'x² + y₁'],
    ['x_{ij}^{2n}', 'xᵢⱼ²ⁿ'],
    ['e^{i\\pi} = -1', 'e^(iπ) = −1'],
    ['A^T', 'A^T'],
    ['\\frac{a+b}{2}', '(a + b)/2'],
    ['\\sqrt{x} + \\sqrt[3]{8}', '√x + ³√8'],
    ['\\sum_{i=1}^n x_i', '∑ᵢ₌₁ⁿ xᵢ'],
    ['\\lim_{x \\to 0} \\sin^2 x', 'lim_(x → 0) sin² x'],
    ["f'(x) = |x|", 'f′(x) = |x|'],
    ['\\hat{x} + \\vec v', 'x̂ + v⃗'],
    ['\\text{速度} = v_0 + at', '速度 = v₀ + at'],
    ['\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}', '(a b; c d)'],
    // Parentheses that open and close the part without enclosing all of it group nothing.
    ['\\sqrt{(a)+(b)}', '√((a) + (b))'],
    ['\\frac{1}{(a)(b)}', '1/((a)(b))'],
    ['\\frac{(a+b)}{2}', '(a + b)/2'],
  ])('%s reads "%s"', (tex, text) => {
    expect(texToText(tex, false)).toBe(text);
  });

  test('TeX that KaTeX cannot parse is its source without commands or braces', () => {
    expect(texToText('\\frac{1}', false)).toBe('1');
  });
});
