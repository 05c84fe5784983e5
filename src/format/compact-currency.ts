/**
 * A compact currency format ("1.2M $") whose bidi marks are those of the locale's standard currency
 * format. CLDR puts a right-to-left mark before the number of an Arabic amount ("‏١٬٢٣٥ US$") so
 * that it reads the same inside left-to-right text; the ICU data of some engines (WebKitGTK's
 * system ICU) leaves it out of the compact patterns only, so the same amount would order
 * differently there. The mark the standard pattern has is put back where it is missing.
 */
export class CompactCurrencyFormat extends Intl.NumberFormat {
  readonly #mark: string;

  constructor(locale: string, options: Intl.NumberFormatOptions) {
    super(locale, options);
    const standard = new Intl.NumberFormat(locale, { style: 'currency', currency: options.currency ?? 'USD' }).formatToParts(1);
    this.#mark = markBeforeNumber(standard) ?? '';
  }

  override formatToParts(value?: number | bigint | Intl.StringNumericLiteral): Intl.NumberFormatPart[] {
    const parts = super.formatToParts(value as number);
    if (!this.#mark || markBeforeNumber(parts) !== undefined) return parts;
    const first = parts.findIndex((part) => part.type === 'integer' || part.type === 'nan' || part.type === 'infinity');
    if (first < 0) return parts;
    return [...parts.slice(0, first), { type: 'literal', value: this.#mark }, ...parts.slice(first)];
  }

  // A method over Intl's getter (a bound function of the base's own parts): what is formatted is
  // the subclass's parts.
  override format(value?: number | bigint | Intl.StringNumericLiteral): string {
    return joinParts(this.formatToParts(value));
  }
}

const BIDI_MARKS = /[\u200e\u200f\u061c]$/;

/** The bidi mark (LRM, RLM or ALM) that ends the literal right before the number, if any. */
function markBeforeNumber(parts: Intl.NumberFormatPart[]): string | undefined {
  const first = parts.findIndex((part) => part.type === 'integer' || part.type === 'nan' || part.type === 'infinity');
  const before = parts[first - 1];
  return before?.type === 'literal' ? before.value.match(BIDI_MARKS)?.[0] : undefined;
}

function joinParts(parts: Intl.NumberFormatPart[]): string {
  return parts.map((part) => part.value).join('');
}
