import { expect } from '@open-wc/testing';
import { formatChange, formatPercentOfTarget, formatScore, formatTarget, formatValue, formatValueRange, resolveLabels } from '../../src/format/index.js';
import { valueFormat } from '../../src/format/number.js';
import { inEachLocale } from './each-locale.js';

// Intl's own spaces and marks: no-break space, Arabic letter mark, right-to-left mark.
const NBSP = '\u00a0';
const ALM = '\u061c';
const RLM = '\u200f';

describe('formatValue', () => {
  describe('currency', () => {
    it('shows whole units from a thousand up', () => {
      expect(inEachLocale((locale) => formatValue(433500, 'currency', { locale }))).to.deep.equal({
        en: '$433,500',
        de: `433.500${NBSP}$`,
        ar: `${RLM}٤٣٣٬٥٠٠${NBSP}US$`,
        ja: '$433,500',
      });
    });

    it('shows cents on small sums, and none on whole ones', () => {
      expect(inEachLocale((locale) => formatValue(12.5, 'currency', { locale }))).to.deep.equal({
        en: '$12.50',
        de: `12,50${NBSP}$`,
        ar: `${RLM}١٢٫٥٠${NBSP}US$`,
        ja: '$12.50',
      });
      expect(inEachLocale((locale) => formatValue(12, 'currency', { locale }))).to.deep.equal({
        en: '$12',
        de: `12${NBSP}$`,
        ar: `${RLM}١٢${NBSP}US$`,
        ja: '$12',
      });
    });

    it("uses the scorecard's currency", () => {
      expect(inEachLocale((locale) => formatValue(1234.5, 'currency', { locale, currency: 'EUR' }))).to.deep.equal({
        en: '€1,235',
        de: `1.235${NBSP}€`,
        ar: `${RLM}١٬٢٣٥${NBSP}€`,
        ja: '€1,235',
      });
    });

    it('is compact from a million up unless told not to be', () => {
      expect(inEachLocale((locale) => formatValue(1234567, 'currency', { locale }))).to.deep.equal({
        en: '$1.2M',
        de: `1,2${NBSP}Mio.${NBSP}$`,
        ar: `${RLM}١٫٢${NBSP}مليون${NBSP}US$`,
        ja: '$123.5万',
      });
      expect(inEachLocale((locale) => formatValue(1234567, 'currency', { locale, compact: false }))).to.deep.equal({
        en: '$1,234,567',
        de: `1.234.567${NBSP}$`,
        ar: `${RLM}١٬٢٣٤٬٥٦٧${NBSP}US$`,
        ja: '$1,234,567',
      });
    });

    it('keeps the minus sign Intl gives', () => {
      expect(inEachLocale((locale) => formatValue(-2500, 'currency', { locale }))).to.deep.equal({
        en: '-$2,500',
        de: `-2.500${NBSP}$`,
        ar: `${ALM}-${RLM}٢٬٥٠٠${NBSP}US$`,
        ja: '-$2,500',
      });
    });
  });

  describe('percent', () => {
    it('reads values as fractions, to one decimal at most', () => {
      expect(inEachLocale((locale) => formatValue(0.255, 'percent', { locale }))).to.deep.equal({
        en: '25.5%',
        de: `25,5${NBSP}%`,
        ar: `٢٥٫٥٪${ALM}`,
        ja: '25.5%',
      });
      expect(inEachLocale((locale) => formatValue(1.012, 'percent', { locale }))).to.deep.equal({
        en: '101.2%',
        de: `101,2${NBSP}%`,
        ar: `١٠١٫٢٪${ALM}`,
        ja: '101.2%',
      });
      expect(formatValue(0.25, 'percent', { locale: 'en-US' })).to.equal('25%');
    });

    it('shows negative fractions', () => {
      expect(inEachLocale((locale) => formatValue(-0.035, 'percent', { locale }))).to.deep.equal({
        en: '-3.5%',
        de: `-3,5${NBSP}%`,
        ar: `${ALM}-٣٫٥٪${ALM}`,
        ja: '-3.5%',
      });
    });

    it('takes fixed decimals', () => {
      expect(inEachLocale((locale) => formatValue(0.25, 'percent', { locale, decimals: 2 }))).to.deep.equal({
        en: '25.00%',
        de: `25,00${NBSP}%`,
        ar: `٢٥٫٠٠٪${ALM}`,
        ja: '25.00%',
      });
    });
  });

  describe('number', () => {
    it('groups digits and shows fewer decimals the larger the value', () => {
      expect(inEachLocale((locale) => formatValue(12345.678, 'number', { locale }))).to.deep.equal({
        en: '12,346',
        de: '12.346',
        ar: '١٢٬٣٤٦',
        ja: '12,346',
      });
      expect(inEachLocale((locale) => formatValue(123.456, 'number', { locale }))).to.deep.equal({
        en: '123.5',
        de: '123,5',
        ar: '١٢٣٫٥',
        ja: '123.5',
      });
      expect(inEachLocale((locale) => formatValue(3.14159, 'number', { locale }))).to.deep.equal({
        en: '3.14',
        de: '3,14',
        ar: '٣٫١٤',
        ja: '3.14',
      });
    });

    it('is compact from a million up, negative values too', () => {
      expect(inEachLocale((locale) => formatValue(1234567, 'number', { locale }))).to.deep.equal({
        en: '1.2M',
        de: `1,2${NBSP}Mio.`,
        ar: `١٫٢${NBSP}مليون`,
        ja: '123.5万',
      });
      expect(inEachLocale((locale) => formatValue(-2.5e9, 'number', { locale }))).to.deep.equal({
        en: '-2.5B',
        de: `-2,5${NBSP}Mrd.`,
        ar: `${ALM}-٢٫٥${NBSP}مليار`,
        ja: '-25億',
      });
      expect(formatValue(999_999, 'number', { locale: 'en-US' })).to.equal('999,999');
    });

    it('keeps every digit when compact is false', () => {
      expect(inEachLocale((locale) => formatValue(1234567, 'number', { locale, compact: false }))).to.deep.equal({
        en: '1,234,567',
        de: '1.234.567',
        ar: '١٬٢٣٤٬٥٦٧',
        ja: '1,234,567',
      });
    });

    it('takes fixed decimals', () => {
      expect(inEachLocale((locale) => formatValue(2, 'number', { locale, decimals: 1 }))).to.deep.equal({
        en: '2.0',
        de: '2,0',
        ar: '٢٫٠',
        ja: '2.0',
      });
      expect(formatValue(1234567, 'number', { locale: 'en-US', decimals: 2 })).to.equal('1.23M');
    });

    it('treats an empty unit as a plain number', () => {
      expect(formatValue(3.5, '', { locale: 'en-US' })).to.equal('3.5');
    });
  });

  describe('duration', () => {
    it('shows seconds in their two largest units', () => {
      expect(inEachLocale((locale) => formatValue(3900, 'duration', { locale }))).to.deep.equal({
        en: '1 hr, 5 min',
        de: '1 Std., 5 Min.',
        ar: '١ س و٥ د',
        ja: '1 時間 5 分',
      });
      expect(inEachLocale((locale) => formatValue(2 * 86400 + 3 * 3600, 'duration', { locale }))).to.deep.equal({
        en: '2 days, 3 hr',
        de: '2 Tg., 3 Std.',
        ar: 'يومان و٣ س',
        ja: '2 日 3 時間',
      });
      expect(inEachLocale((locale) => formatValue(45, 'duration', { locale }))).to.deep.equal({
        en: '45 sec',
        de: '45 Sek.',
        ar: '٤٥ ث',
        ja: '45 秒',
      });
    });

    it('leaves out a smaller unit of zero', () => {
      expect(inEachLocale((locale) => formatValue(3600, 'duration', { locale }))).to.deep.equal({
        en: '1 hr',
        de: '1 Std.',
        ar: '١ س',
        ja: '1 時間',
      });
    });

    it('shows negative, zero and fractional durations', () => {
      expect(inEachLocale((locale) => formatValue(-3900, 'duration', { locale }))).to.deep.equal({
        en: '-1 hr, 5 min',
        de: '-1 Std., 5 Min.',
        ar: `${ALM}-١ س و٥ د`,
        ja: '-1 時間 5 分',
      });
      expect(inEachLocale((locale) => formatValue(0, 'duration', { locale }))).to.deep.equal({
        en: '0 sec',
        de: '0 Sek.',
        ar: '٠ ث',
        ja: '0 秒',
      });
      expect(inEachLocale((locale) => formatValue(1.5, 'duration', { locale }))).to.deep.equal({
        en: '1.5 sec',
        de: '1,5 Sek.',
        ar: '١٫٥ ث',
        ja: '1.5 秒',
      });
    });
  });

  describe('free labels', () => {
    it('puts the label after the number, joined by a no-break space', () => {
      expect(inEachLocale((locale) => formatValue(12.5, 'kW', { locale }))).to.deep.equal({
        en: `12.5${NBSP}kW`,
        de: `12,5${NBSP}kW`,
        ar: `١٢٫٥${NBSP}kW`,
        ja: `12.5${NBSP}kW`,
      });
    });

    it('formats the number as a plain number would be, compact included', () => {
      expect(inEachLocale((locale) => formatValue(2_500_000, 'tCO2e', { locale }))).to.deep.equal({
        en: `2.5M${NBSP}tCO2e`,
        de: `2,5${NBSP}Mio.${NBSP}tCO2e`,
        ar: `٢٫٥${NBSP}مليون${NBSP}tCO2e`,
        ja: `250万${NBSP}tCO2e`,
      });
      expect(formatValue(37, 'FTE', { locale: 'en-US' })).to.equal(`37${NBSP}FTE`);
    });
  });

  it('never shows a negative zero', () => {
    expect(formatValue(-0.001, 'number', { locale: 'en-US' })).to.equal('0');
    expect(formatValue(-0, 'currency', { locale: 'en-US' })).to.equal('$0');
    expect(formatValue(-0.00001, 'percent', { locale: 'de-DE' })).to.equal(`0${NBSP}%`);
    expect(formatValue(-0.01, 'duration', { locale: 'en-US' })).to.equal('0 sec');
    expect(formatValue(-0.001, 'kW', { locale: 'en-US' })).to.equal(`0${NBSP}kW`);
    expect(formatScore(-0, 'en-US')).to.equal('0.0');
    expect(formatPercentOfTarget(-0.001, 100, 'en-US')).to.equal('0%');
  });

  it('shows an em dash for a missing or non-finite value, whatever the unit', () => {
    for (const unit of ['number', 'percent', 'currency', 'duration', 'kW']) {
      expect(inEachLocale((locale) => formatValue(null, unit, { locale }))).to.deep.equal({ en: '—', de: '—', ar: '—', ja: '—' });
      expect(formatValue(Number.NaN, unit, { locale: 'en-US' })).to.equal('—');
      expect(formatValue(Number.POSITIVE_INFINITY, unit, { locale: 'en-US' })).to.equal('—');
    }
  });
});

describe('formatChange', () => {
  it('always shows the sign', () => {
    expect(inEachLocale((locale) => formatChange(1200, 'number', { locale }))).to.deep.equal({
      en: '+1,200',
      de: '+1.200',
      ar: `${ALM}+١٬٢٠٠`,
      ja: '+1,200',
    });
    expect(inEachLocale((locale) => formatChange(-3.5, 'number', { locale }))).to.deep.equal({
      en: '-3.5',
      de: '-3,5',
      ar: `${ALM}-٣٫٥`,
      ja: '-3.5',
    });
  });

  it('marks no change, and a change that rounds to nothing, with ±', () => {
    expect(inEachLocale((locale) => formatChange(0, 'number', { locale }))).to.deep.equal({
      en: '±0',
      de: '±0',
      ar: `${ALM}±٠`,
      ja: '±0',
    });
    expect(formatChange(0.0001, 'number', { locale: 'en-US' })).to.equal('±0');
    expect(formatChange(-0.0001, 'number', { locale: 'en-US' })).to.equal('±0');
    expect(formatChange(-0, 'number', { locale: 'en-US' })).to.equal('±0');
  });

  it('shows changes of a percent KPI in percentage points', () => {
    expect(inEachLocale((locale) => formatChange(0.012, 'percent', { locale }))).to.deep.equal({
      en: `+1.2${NBSP}pp`,
      de: `+1,2${NBSP}Pp.`,
      ar: `${ALM}+١٫٢${NBSP}نقطة مئوية`,
      ja: '+1.2ポイント',
    });
    expect(inEachLocale((locale) => formatChange(-0.035, 'percent', { locale }))).to.deep.equal({
      en: `-3.5${NBSP}pp`,
      de: `-3,5${NBSP}Pp.`,
      ar: `${ALM}-٣٫٥${NBSP}نقطة مئوية`,
      ja: '-3.5ポイント',
    });
    expect(inEachLocale((locale) => formatChange(0, 'percent', { locale }))).to.deep.equal({
      en: `±0${NBSP}pp`,
      de: `±0${NBSP}Pp.`,
      ar: `${ALM}±٠${NBSP}نقطة مئوية`,
      ja: '±0ポイント',
    });
  });

  it('takes the percentage-point label from the labels it is given', () => {
    const labels = resolveLabels('en-US', { percentagePoints: '{value} points' });
    expect(formatChange(0.012, 'percent', { locale: 'en-US', labels })).to.equal('+1.2 points');
  });

  it('signs currency changes, compact ones too', () => {
    expect(inEachLocale((locale) => formatChange(32500, 'currency', { locale }))).to.deep.equal({
      en: '+$32,500',
      de: `+32.500${NBSP}$`,
      ar: `${ALM}+${RLM}٣٢٬٥٠٠${NBSP}US$`,
      ja: '+$32,500',
    });
    expect(inEachLocale((locale) => formatChange(0, 'currency', { locale }))).to.deep.equal({
      en: '±$0',
      de: `±0${NBSP}$`,
      ar: `${ALM}±${RLM}٠${NBSP}US$`,
      ja: '±$0',
    });
    expect(inEachLocale((locale) => formatChange(-1.5e6, 'currency', { locale }))).to.deep.equal({
      en: '-$1.5M',
      de: `-1,5${NBSP}Mio.${NBSP}$`,
      ar: `${ALM}-${RLM}١٫٥${NBSP}مليون${NBSP}US$`,
      ja: '-$150万',
    });
  });

  it('signs the largest unit of a duration change', () => {
    expect(inEachLocale((locale) => formatChange(3900, 'duration', { locale }))).to.deep.equal({
      en: '+1 hr, 5 min',
      de: '+1 Std., 5 Min.',
      ar: `${ALM}+١ س و٥ د`,
      ja: '+1 時間 5 分',
    });
    expect(inEachLocale((locale) => formatChange(-45, 'duration', { locale }))).to.deep.equal({
      en: '-45 sec',
      de: '-45 Sek.',
      ar: `${ALM}-٤٥ ث`,
      ja: '-45 秒',
    });
    expect(formatChange(-0.01, 'duration', { locale: 'en-US' })).to.equal('±0 sec');
    expect(inEachLocale((locale) => formatChange(0, 'duration', { locale }))).to.deep.equal({
      en: '±0 sec',
      de: '±0 Sek.',
      ar: `${ALM}±٠ ث`,
      ja: '±0 秒',
    });
  });

  it('signs changes with a free label', () => {
    expect(inEachLocale((locale) => formatChange(-2.25, 'kW', { locale }))).to.deep.equal({
      en: `-2.25${NBSP}kW`,
      de: `-2,25${NBSP}kW`,
      ar: `${ALM}-٢٫٢٥${NBSP}kW`,
      ja: `-2.25${NBSP}kW`,
    });
  });

  it('shows an em dash for a missing change', () => {
    expect(formatChange(null, 'number', { locale: 'en-US' })).to.equal('—');
    expect(formatChange(Number.NaN, 'percent', { locale: 'de-DE' })).to.equal('—');
  });
});

describe('formatScore', () => {
  it('shows one decimal', () => {
    expect(inEachLocale((locale) => formatScore(20 / 3, locale))).to.deep.equal({ en: '6.7', de: '6,7', ar: '٦٫٧', ja: '6.7' });
    expect(inEachLocale((locale) => formatScore(10, locale))).to.deep.equal({ en: '10.0', de: '10,0', ar: '١٠٫٠', ja: '10.0' });
    expect(formatScore(0, 'en-US')).to.equal('0.0');
  });

  it('shows an em dash without a score', () => {
    expect(formatScore(null, 'de-DE')).to.equal('—');
    expect(formatScore(Number.NaN, 'en-US')).to.equal('—');
  });
});

describe('formatPercentOfTarget', () => {
  it('shows the value as a whole percentage of the target', () => {
    expect(inEachLocale((locale) => formatPercentOfTarget(433500, 430000, locale))).to.deep.equal({
      en: '101%',
      de: `101${NBSP}%`,
      ar: `١٠١٪${ALM}`,
      ja: '101%',
    });
    expect(formatPercentOfTarget(0, 50, 'en-US')).to.equal('0%');
  });

  it('is null where a ratio means nothing', () => {
    expect(formatPercentOfTarget(5, 0, 'en-US')).to.equal(null);
    expect(formatPercentOfTarget(5, null, 'en-US')).to.equal(null);
    expect(formatPercentOfTarget(5, undefined, 'en-US')).to.equal(null);
    expect(formatPercentOfTarget(-12, -10, 'en-US')).to.equal(null);
    expect(formatPercentOfTarget(50, { min: 40, max: 60 }, 'en-US')).to.equal(null);
    expect(formatPercentOfTarget(null, 100, 'en-US')).to.equal(null);
  });
});

describe('formatTarget', () => {
  it('writes a number target as a value, a band as a range, and no target as a dash', () => {
    expect(formatTarget(420000, 'currency', { locale: 'en-US', currency: 'USD' })).to.equal('$420,000');
    expect(formatTarget({ min: 30, max: 45 }, 'number', { locale: 'en-US' })).to.equal('30–45');
    expect(formatTarget(null, 'number', { locale: 'en-US' })).to.equal('—');
  });
});

describe('formatValueRange', () => {
  it('shows a band in the locale’s range form', () => {
    expect(inEachLocale((locale) => formatValueRange(40, 60, 'number', { locale }))).to.deep.equal({
      en: '40–60',
      de: '40–60',
      ar: '٤٠–٦٠',
      ja: '40～60',
    });
    expect(inEachLocale((locale) => formatValueRange(0.4, 0.6, 'percent', { locale }))).to.deep.equal({
      en: '40% – 60%',
      de: `40–60${NBSP}%`,
      ar: `٤٠–٦٠٪${ALM}`,
      ja: '40% ～ 60%',
    });
    expect(inEachLocale((locale) => formatValueRange(40, 60, 'currency', { locale }))).to.deep.equal({
      en: '$40 – $60',
      de: `40–60${NBSP}$`,
      ar: `${RLM}٤٠–٦٠${NBSP}US$`,
      ja: '$40 ～ $60',
    });
    expect(inEachLocale((locale) => formatValueRange(40, 60, 'kW', { locale }))).to.deep.equal({
      en: `40–60${NBSP}kW`,
      de: `40–60${NBSP}kW`,
      ar: `٤٠–٦٠${NBSP}kW`,
      ja: `40～60${NBSP}kW`,
    });
  });

  it('shows one value for a band of one value, never as approximate', () => {
    expect(inEachLocale((locale) => formatValueRange(40, 40, 'number', { locale }))).to.deep.equal({
      en: '40',
      de: '40',
      ar: '٤٠',
      ja: '40',
    });
  });

  it('orders the ends and joins durations with a dash', () => {
    expect(formatValueRange(60, 40, 'number', { locale: 'en-US' })).to.equal('40–60');
    expect(inEachLocale((locale) => formatValueRange(60, 3600, 'duration', { locale }))).to.deep.equal({
      en: '1 min – 1 hr',
      de: '1 Min. – 1 Std.',
      ar: '١ د – ١ س',
      ja: '1 分 – 1 時間',
    });
  });
});

describe('valueFormat', () => {
  it('writes a value with decimals set in full, and without them compact from a million', () => {
    expect(formatValue(4_412_500, 'currency', valueFormat('en-US', 'USD', 0))).to.equal('$4,412,500');
    expect(formatValue(4_412_500, 'currency', valueFormat('en-US', 'USD', undefined))).to.equal('$4.4M');
    expect(valueFormat('de-DE', 'EUR', 2)).to.deep.equal({ locale: 'de-DE', currency: 'EUR', decimals: 2, compact: false });
  });
});
