import { expect } from '@open-wc/testing';
import { durationParts, formatDuration } from '../../src/format/duration.js';
import { LOCALES } from './each-locale.js';

describe('durationParts', () => {
  it('takes the largest unit reached and the next one down', () => {
    expect(durationParts(3900)).to.deep.equal([
      { unit: 'hour', amount: 1 },
      { unit: 'minute', amount: 5 },
    ]);
    expect(durationParts(2 * 86400 + 3 * 3600 + 59)).to.deep.equal([
      { unit: 'day', amount: 2 },
      { unit: 'hour', amount: 3 },
    ]);
    expect(durationParts(125)).to.deep.equal([
      { unit: 'minute', amount: 2 },
      { unit: 'second', amount: 5 },
    ]);
  });

  it('rounds to the smaller unit and carries into the larger one', () => {
    expect(durationParts(3600 + 89)).to.deep.equal([
      { unit: 'hour', amount: 1 },
      { unit: 'minute', amount: 1 },
    ]);
    expect(durationParts(84_600)).to.deep.equal([
      { unit: 'hour', amount: 23 },
      { unit: 'minute', amount: 30 },
    ]);
    expect(durationParts(86_399)).to.deep.equal([{ unit: 'day', amount: 1 }]);
    expect(durationParts(3599.6)).to.deep.equal([{ unit: 'hour', amount: 1 }]);
    expect(durationParts(59.96)).to.deep.equal([{ unit: 'minute', amount: 1 }]);
  });

  it('keeps tenths of a second under a minute', () => {
    expect(durationParts(0.25)).to.deep.equal([{ unit: 'second', amount: 0.3 }]);
    expect(durationParts(0)).to.deep.equal([{ unit: 'second', amount: 0 }]);
  });

  it('gives magnitudes; the sign belongs to the whole', () => {
    expect(durationParts(-3900)).to.deep.equal(durationParts(3900));
  });

  it('has no unit above days', () => {
    expect(durationParts(400 * 86400)).to.deep.equal([{ unit: 'day', amount: 400 }]);
  });
});

describe('formatDuration', () => {
  it('reads as Intl.DurationFormat (style short) reads, where the engine has it', function () {
    const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
    if (!DurationFormat) this.skip();
    const cases: [number, Record<string, number>][] = [
      [3900, { hours: 1, minutes: 5 }],
      [2 * 86400 + 3 * 3600, { days: 2, hours: 3 }],
      [45, { seconds: 45 }],
      [125, { minutes: 2, seconds: 5 }],
    ];
    for (const locale of Object.values(LOCALES)) {
      for (const [seconds, duration] of cases) {
        expect(formatDuration(seconds, locale), `${locale} ${seconds}`).to.equal(new DurationFormat!(locale, { style: 'short' }).format(duration));
      }
    }
  });
});

type DurationFormatConstructor = new (
  locale: string,
  options: { style: string },
) => {
  format(duration: Record<string, number>): string;
};
