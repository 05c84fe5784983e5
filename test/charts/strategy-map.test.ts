import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  causalLinks,
  countCrossings,
  layoutStrategyMap,
  neighbourOf,
  orderByBarycenter,
  readingOrder,
  strategyMapGraph,
  traceCausalPaths,
  wrap,
  type LayeredGraph,
  type StrategyMapLayout,
} from '../../src/charts/index.js';
import type { Scorecard, ScorecardInput } from '../../src/model/index.js';
import { generateStrategyMap } from '../support/generate.js';
import { fetchText } from '../model/fetch-text.js';
import { parsed } from '../support/model.js';
import { parseScorecard } from '../../src/model/index.js';

/** Seven pixels a character: text widths a test can work out by hand. */
const measureText = (text: string) => text.length * 7;

/**
 * Three lanes, five objectives. In model order the learning lane crosses the customer lane twice
 * (culture → keep and skills → win, and the long link skills → grow passing between keep and win);
 * win → keep is an arc inside the customer lane; a theme holds skills and keep.
 */
const tiny = parsed({
  version: 1,
  id: 'tiny',
  title: 'Tiny',
  perspectives: [
    { id: 'financial', title: 'Financial', objectives: [{ id: 'grow', title: 'Grow revenue' }] },
    {
      id: 'customer',
      title: 'Customer',
      objectives: [
        { id: 'keep', title: 'Keep customers' },
        { id: 'win', title: 'Win customers' },
      ],
    },
    {
      id: 'learning',
      title: 'Learning',
      objectives: [
        { id: 'skills', title: 'Build the skills we need' },
        { id: 'culture', title: 'Live our values' },
      ],
    },
  ],
  links: [
    { from: 'keep', to: 'grow' },
    { from: 'skills', to: 'win' },
    { from: 'win', to: 'keep' },
    { from: 'culture', to: 'keep' },
    { from: 'skills', to: 'grow', label: 'Skills pay' },
  ],
  themes: [{ id: 'people', title: 'People', objectives: ['skills', 'keep'] }],
});

const tinyLayout = (options: Partial<Parameters<typeof layoutStrategyMap>[1]> = {}) =>
  layoutStrategyMap({ scorecard: tiny }, { width: 300, measureText, ...options });

describe('layoutStrategyMap', () => {
  it('lays out a tiny model to the pixel', () => {
    const layout = tinyLayout();
    expect(layout).to.include({ width: 300, height: 350, lineHeight: 18, direction: 'ltr', modelCrossings: 2, crossings: 0 });
    // Title (28), room for the arc (26) in the customer lane only, the band of the tallest box, padding (14).
    expect(layout.lanes).to.deep.equal([
      { id: 'financial', title: 'Financial', index: 0, y: 0, height: 96, bandY: 28, bandHeight: 54, titleX: 12, titleY: 16 },
      { id: 'customer', title: 'Customer', index: 1, y: 96, height: 140, bandY: 150, bandHeight: 72, titleX: 12, titleY: 112 },
      { id: 'learning', title: 'Learning', index: 2, y: 236, height: 114, bandY: 264, bandHeight: 72, titleX: 12, titleY: 252 },
    ]);
    // The customer lane (two boxes and a dummy) leaves each box (300 − 24 − 24 − 24) / 2 = 114 px:
    // "Keep customers" (98 px + 20) does not fit on a line, "Win customers" (91 + 20) does. The
    // learning lane leaves 126: "Build the skills" (112 + 20) does not. A box is 8 + 18 a line + 4 +
    // 16 (status row) + 8 high, its title's width + 20 wide, 96 at least; centred in its lane's band.
    const boxes = layout.nodes.map(({ id, order, x, y, width, height, lines, textX, textY, statusX, statusY, themes }) => ({
      id,
      order,
      x,
      y,
      width,
      height,
      lines,
      textX,
      textY,
      statusX,
      statusY,
      themes,
    }));
    expect(boxes).to.deep.equal([
      { id: 'grow', order: 0, x: 68, y: 28, width: 104, height: 54, lines: ['Grow revenue'], textX: 78, textY: 45, statusX: 78, statusY: 58, themes: [] },
      {
        id: 'keep',
        order: 0,
        x: 27,
        y: 150,
        width: 96,
        height: 72,
        lines: ['Keep', 'customers'],
        textX: 37,
        textY: 167,
        statusX: 37,
        statusY: 198,
        themes: ['people'],
      },
      { id: 'win', order: 1, x: 177, y: 159, width: 111, height: 54, lines: ['Win customers'], textX: 187, textY: 176, statusX: 187, statusY: 189, themes: [] },
      {
        id: 'skills',
        order: 1,
        x: 161,
        y: 264,
        width: 118,
        height: 72,
        lines: ['Build the', 'skills we need'],
        textX: 171,
        textY: 281,
        statusX: 171,
        statusY: 312,
        themes: ['people'],
      },
      {
        id: 'culture',
        order: 0,
        x: 12,
        y: 273,
        width: 125,
        height: 54,
        lines: ['Live our values'],
        textX: 22,
        textY: 290,
        statusX: 22,
        statusY: 303,
        themes: [],
      },
    ]);
    expect(layout.edges).to.deep.equal([
      {
        from: 'keep',
        to: 'grow',
        index: 0,
        kind: 'up',
        path: 'M70,150C70,120,115,120,115,90',
        arrow: [
          [115, 82],
          [111, 90],
          [119, 90],
        ],
      },
      {
        from: 'skills',
        to: 'win',
        index: 1,
        kind: 'up',
        path: 'M225,264C225,242.5,232.5,242.5,232.5,221',
        arrow: [
          [232.5, 213],
          [228.5, 221],
          [236.5, 221],
        ],
      },
      // Inside a lane: up over the boxes and down into the target's top, peaking 11 px above the band.
      {
        from: 'win',
        to: 'keep',
        index: 2,
        kind: 'arc',
        path: 'M232.5,159C232.5,132.33,80,135.33,80,142',
        arrow: [
          [80, 150],
          [76, 142],
          [84, 142],
        ],
      },
      {
        from: 'culture',
        to: 'keep',
        index: 3,
        kind: 'up',
        path: 'M74.5,273C74.5,251.5,75,251.5,75,230',
        arrow: [
          [75, 222],
          [71, 230],
          [79, 230],
        ],
      },
      // Two lanes up: straight through the customer lane's band at its dummy, between keep and win.
      {
        from: 'skills',
        to: 'grow',
        index: 4,
        kind: 'up',
        path: 'M215,264C215,243,165,243,165,222C165,186,165,186,165,150C165,120,125,120,125,90',
        arrow: [
          [125, 82],
          [121, 90],
          [129, 90],
        ],
        label: 'Skills pay',
      },
    ]);
    expect(layout.themes).to.deep.equal([
      {
        id: 'people',
        title: 'People',
        index: 0,
        objectives: ['skills', 'keep'],
        path:
          'M167,260L273,260A10,10,0,0,1,283,270L283,330A10,10,0,0,1,273,340L167,340A10,10,0,0,1,157,330L157,270A10,10,0,0,1,167,260Z' +
          'M33,146L117,146A10,10,0,0,1,127,156L127,216A10,10,0,0,1,117,226L33,226A10,10,0,0,1,23,216L23,156A10,10,0,0,1,33,146Z',
      },
    ]);
  });

  it('keeps the model’s order when asked, for comparison', () => {
    const layout = tinyLayout({ order: 'model' });
    expect(layout.crossings).to.equal(2);
    expect(readingOrder(layout).map((node) => node.id)).to.deep.equal(['grow', 'keep', 'win', 'skills', 'culture']);
  });

  it('mirrors itself right to left', () => {
    const ltr = tinyLayout();
    const rtl = tinyLayout({ direction: 'rtl' });
    expect(rtl.direction).to.equal('rtl');
    rtl.nodes.forEach((node, i) => {
      const mirror = ltr.nodes[i]!;
      expect(node.x, node.id).to.equal(300 - mirror.x - mirror.width);
      expect(node.textX, node.id).to.equal(node.x + node.width - 10);
      expect(node.order, node.id).to.equal(mirror.order);
    });
    expect(rtl.lanes.map((lane) => lane.titleX)).to.deep.equal([288, 288, 288]);
    expect(rtl.edges[0]!.path).to.equal('M230,150C230,120,185,120,185,90');
    expect(rtl.edges.map((edge) => edge.arrow[0])).to.deep.equal(ltr.edges.map((edge) => [300 - edge.arrow[0]![0], edge.arrow[0]![1]]));
    // Every x of every path mirrored (paths alternate x and y), every y kept.
    const numbers = (path: string) => (path.match(/-?[\d.]+/g) ?? []).map(Number);
    rtl.edges.forEach((edge, i) => {
      const mirrored = numbers(ltr.edges[i]!.path).map((value, j) => (j % 2 ? value : 300 - value));
      expect(numbers(edge.path), edge.from).to.deep.equal(mirrored);
    });
  });

  it('is the same for the same model, whatever the statuses', () => {
    const first = tinyLayout();
    expect(tinyLayout()).to.deep.equal(first);
    // A structurally equal model parsed again gives the same map.
    expect(layoutStrategyMap({ scorecard: parsed(structuredClone(tiny) as ScorecardInput) }, { width: 300, measureText })).to.deep.equal(first);
    const withStatuses = layoutStrategyMap(
      { scorecard: tiny, statusOf: (id) => (id === 'grow' ? { status: 'at-risk', score: 4.2 } : { status: 'on-track', score: 7 }) },
      { width: 300, measureText },
    );
    expect(withStatuses.nodes[0]).to.include({ status: 'at-risk', score: 4.2 });
    const stripped = { ...withStatuses, nodes: withStatuses.nodes.map(({ status: _status, score: _score, ...node }) => node) };
    expect(stripped).to.deep.equal(first);
  });

  it('fits the width it is given, and grows past it only for a lane too full', () => {
    expect(tinyLayout({ width: 960 }).width).to.equal(960);
    const narrow = tinyLayout({ width: 200 });
    // Every box at its narrowest (96 px); the customer lane: 12 + 96 + 12 + 0 + 12 + 96 + 12.
    expect(narrow.nodes.filter((node) => node.lane === 1).map((node) => node.width)).to.deep.equal([96, 96]);
    expect(narrow.width).to.equal(240);
  });

  it('shows a lane without objectives, and a model without any', () => {
    const empty = parsed({
      version: 1,
      id: 'e',
      title: 'E',
      perspectives: [
        { id: 'p', title: 'P' },
        { id: 'q', title: 'Q' },
      ],
    });
    const layout = layoutStrategyMap({ scorecard: empty }, { width: 300, measureText });
    expect(layout.nodes).to.deep.equal([]);
    expect(layout.lanes.map((lane) => [lane.y, lane.height])).to.deep.equal([
      [0, 78],
      [78, 78],
    ]);
    expect(layoutStrategyMap({ scorecard: parsed({ version: 1, id: 'n', title: 'N', perspectives: [] }) }, { width: 300, measureText })).to.include({
      height: 0,
      crossings: 0,
    });
  });

  it('draws a link back down a lane (a cycle) into its target’s top', () => {
    const cycle = parsed({
      version: 1,
      id: 'c',
      title: 'C',
      perspectives: [
        { id: 'top', title: 'Top', objectives: [{ id: 'a', title: 'A' }] },
        { id: 'bottom', title: 'Bottom', objectives: [{ id: 'b', title: 'B' }] },
      ],
      links: [
        { from: 'b', to: 'a' },
        { from: 'a', to: 'b' },
      ],
    });
    const layout = layoutStrategyMap({ scorecard: cycle }, { width: 300, measureText });
    const [up, down] = layout.edges;
    const [a, b] = layout.nodes;
    expect(up!.kind).to.equal('up');
    expect(up!.arrow[0]![1]).to.equal(a!.y + a!.height);
    expect(down!.kind).to.equal('down');
    expect(down!.arrow[0]![1], 'the tip on the target’s top').to.equal(b!.y);
    expect(down!.arrow[1]![1], 'the base above it').to.equal(b!.y - 8);
    const downStart = Number(/^M([\d.]+),/.exec(down!.path)![1]);
    expect(downStart, 'two ends on one side of a box spread apart').not.to.equal(up!.arrow[0]![0]);
  });

  it('stacks the arcs inside a lane: each above the arcs it spans, two between the same objectives one above the other', () => {
    const lane = parsed({
      version: 1,
      id: 'arcs',
      title: 'Arcs',
      perspectives: [{ id: 'only', title: 'Only', objectives: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id.toUpperCase() })) }],
      links: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'b', to: 'c' },
        { from: 'a', to: 'c' },
        { from: 'a', to: 'd' },
      ],
    });
    const layout = layoutStrategyMap({ scorecard: lane }, { width: 600, measureText, order: 'model' });
    // Each arc is one cubic whose control points sit level with each other, above its apex.
    const peakOf = (from: string, to: string) => Number(/C[\d.]+,([\d.]+)/.exec(layout.edges.find((e) => e.from === from && e.to === to)!.path)![1]);
    expect(layout.edges.every((edge) => edge.kind === 'arc')).to.equal(true);
    expect(peakOf('b', 'c'), 'arcs side by side share a level').to.equal(peakOf('a', 'b'));
    expect(peakOf('b', 'a'), 'the same two objectives: one arc above the other').to.be.below(peakOf('a', 'b') - 8);
    expect(peakOf('a', 'c'), 'above the arcs it spans').to.be.below(peakOf('b', 'a') - 8);
    expect(peakOf('a', 'd')).to.be.below(peakOf('a', 'c') - 8);
    // The lane makes room under its title for the highest: its apex stays below the title.
    const [only] = layout.lanes;
    const apex = only!.bandY - (only!.bandY - peakOf('a', 'd')) * 0.75;
    expect(apex).to.be.above(only!.y + 28);
    expect(only!.bandY - only!.y, 'title and the room of four levels').to.be.above(28 + 26 + 3 * 8);
  });
});

describe('wrap', () => {
  it('breaks at spaces, and inside a word too long for a line', () => {
    expect(wrap('Grow revenue profitably', 100, measureText, 4)).to.deep.equal(['Grow revenue', 'profitably']);
    expect(wrap('Umsatzwachstumsbeschleunigung', 70, measureText, 4)).to.deep.equal(['Umsatzwach', 'stumsbesch', 'leunigung']);
    expect(wrap('顧客満足度を高める', 28, measureText, 4)).to.deep.equal(['顧客満足', '度を高め', 'る']);
  });

  it('ends in "…" past the last line it may use', () => {
    expect(wrap('one two three four five', 35, measureText, 2)).to.deep.equal(['one', 'two…']);
    expect(wrap('  spaced   out  ', 100, measureText, 2)).to.deep.equal(['spaced out']);
  });
});

describe('crossings', () => {
  /** Two lanes of two: a → d and b → c cross once. */
  const crossed: LayeredGraph = {
    itemCount: 4,
    lanes: [
      [0, 1],
      [2, 3],
    ],
    segments: [
      [
        [0, 3],
        [1, 2],
      ],
    ],
  };

  it('counts crossings between neighbouring lanes', () => {
    expect(countCrossings(crossed)).to.equal(1);
    expect(
      countCrossings(crossed, [
        [0, 1],
        [3, 2],
      ]),
    ).to.equal(0);
    // K(3,3): every pair of links that share no end crosses once in any order: 9 pairs … 9 crossings.
    const complete: LayeredGraph = {
      itemCount: 6,
      lanes: [
        [0, 1, 2],
        [3, 4, 5],
      ],
      segments: [[0, 1, 2].flatMap((a) => [3, 4, 5].map((b) => [a, b] as [number, number]))],
    };
    expect(countCrossings(complete)).to.equal(9);
    expect(orderByBarycenter(complete).crossings).to.equal(9);
  });

  it('uncrosses by barycenter sweeps', () => {
    expect(orderByBarycenter(crossed)).to.deep.equal({
      lanes: [
        [0, 1],
        [3, 2],
      ],
      crossings: 0,
    });
  });

  it('reaches the fewest crossings there are on the sample scorecards, never more than their own order', async () => {
    for (const [file, model, best] of [
      ['acme-2026', 13, 2],
      ['public-sector', 1, 0],
    ] as const) {
      const result = parseScorecard(await fetchText(`/demo/data/${file}.json`));
      if (!result.ok) throw new Error(`${file} is invalid`);
      const layout = layoutStrategyMap({ scorecard: result.scorecard }, { width: 960, measureText });
      // d3-dag's optimal decrossing (an integer program) finds 2 and 0 for these two: see bench/strategy-map.bench.ts.
      expect([layout.modelCrossings, layout.crossings], file).to.deep.equal([model, best]);
    }
  });

  it('never has more crossings than the model’s own order: 200 objectives, 400 links', () => {
    const model = parsed(generateStrategyMap({ objectives: 200, links: 400, seed: 3 }));
    const graph = strategyMapGraph(model);
    const { crossings } = orderByBarycenter(graph);
    expect(crossings).to.be.at.most(countCrossings(graph));
    expect(crossings).to.be.below(countCrossings(graph) / 2);
  });
});

describe('neighbourOf and readingOrder', () => {
  it('moves as the map shows the objectives', () => {
    const layout = tinyLayout();
    expect(readingOrder(layout).map((node) => node.id)).to.deep.equal(['grow', 'keep', 'win', 'culture', 'skills']);
    expect(neighbourOf(layout, 'keep', 'right')).to.equal('win');
    expect(neighbourOf(layout, 'keep', 'left')).to.equal(undefined);
    expect(neighbourOf(layout, 'win', 'up')).to.equal('grow');
    expect(neighbourOf(layout, 'grow', 'up')).to.equal(undefined);
    expect(neighbourOf(layout, 'grow', 'down'), 'keep’s centre (75) is nearer 120 than win’s (232.5)').to.equal('keep');
    expect(neighbourOf(layout, 'win', 'down')).to.equal('skills');
    expect(neighbourOf(layout, 'nope', 'down')).to.equal(undefined);
  });

  it('moves by what is on screen right to left: left is left', () => {
    const layout = tinyLayout({ direction: 'rtl' });
    expect(neighbourOf(layout, 'keep', 'left')).to.equal('win');
    expect(neighbourOf(layout, 'keep', 'right')).to.equal(undefined);
  });
});

describe('causal paths', () => {
  it('follow links upstream and downstream, through cycles', () => {
    const links = causalLinks(tiny);
    expect(traceCausalPaths(links, 'keep')).to.deep.equal({ upstream: new Set(['win', 'culture', 'skills']), downstream: new Set(['grow']) });
    expect(traceCausalPaths(links, 'skills')).to.deep.equal({ upstream: new Set(), downstream: new Set(['win', 'grow', 'keep']) });
    const loop = parsed({
      version: 1,
      id: 'l',
      title: 'L',
      perspectives: [
        {
          id: 'p',
          title: 'P',
          objectives: [
            { id: 'a', title: 'A' },
            { id: 'b', title: 'B' },
          ],
        },
      ],
      links: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    });
    expect(traceCausalPaths(causalLinks(loop), 'a')).to.deep.equal({ upstream: new Set(['b', 'a']), downstream: new Set(['b', 'a']) });
  });
});

describe('layoutStrategyMap properties', () => {
  /** Any valid model: up to five lanes of up to eight objectives, links of every kind, themes. */
  const models: fc.Arbitrary<Scorecard> = fc
    .tuple(
      fc.array(fc.array(fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,24}( [A-Za-z]{1,12}){0,6}$/), { maxLength: 8 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
      fc.array(fc.array(fc.nat(), { maxLength: 6 }), { maxLength: 3 }),
    )
    .map(([lanes, pairs, themes]) => {
      const ids = lanes.flatMap((titles, p) => titles.map((_, o) => `o${p}-${o}`));
      const seen = new Set<string>();
      const links = ids.length
        ? pairs
            .map(([a, b]) => ({ from: ids[a % ids.length]!, to: ids[b % ids.length]! }))
            .filter((link) => link.from !== link.to && !seen.has(`${link.from}>${link.to}`) && seen.add(`${link.from}>${link.to}`))
        : [];
      return parsed({
        version: 1,
        id: 'm',
        title: 'M',
        perspectives: lanes.map((titles, p) => ({ id: `p${p}`, title: `P${p}`, objectives: titles.map((title, o) => ({ id: `o${p}-${o}`, title })) })),
        links,
        themes: ids.length ? themes.map((picks, t) => ({ id: `t${t}`, title: `T${t}`, objectives: [...new Set(picks.map((i) => ids[i % ids.length]!))] })) : [],
      });
    });

  it('puts every box inside its lane, lanes one under the other, boxes side by side, never more crossings than the model’s order', () => {
    fc.assert(
      fc.property(models, fc.integer({ min: 120, max: 1600 }), fc.constantFrom('ltr' as const, 'rtl' as const), (scorecard, width, direction) => {
        const layout = layoutStrategyMap({ scorecard }, { width, measureText, direction });
        expectWellFormed(layout, width);
      }),
      { numRuns: 150 },
    );
  });
});

function expectWellFormed(layout: StrategyMapLayout, width: number): void {
  expect(layout.width).to.be.at.least(width);
  let y = 0;
  for (const lane of layout.lanes) {
    expect(lane.y, 'lanes do not overlap or leave gaps').to.equal(y);
    expect(lane.bandY).to.be.at.least(lane.y);
    expect(lane.bandY + lane.bandHeight).to.be.at.most(lane.y + lane.height);
    y += lane.height;
  }
  expect(layout.height).to.equal(y);
  for (const node of layout.nodes) {
    const lane = layout.lanes[node.lane]!;
    expect(node.y, node.id).to.be.at.least(lane.bandY);
    expect(node.y + node.height, node.id).to.be.at.most(lane.bandY + lane.bandHeight);
    expect(node.x, node.id).to.be.at.least(0);
    expect(node.x + node.width, node.id).to.be.at.most(layout.width);
  }
  for (const lane of layout.lanes) {
    const row = layout.nodes.filter((node) => node.lane === lane.index).sort((a, b) => a.x - b.x);
    for (let i = 1; i < row.length; i++) expect(row[i - 1]!.x + row[i - 1]!.width, 'boxes do not overlap').to.be.at.most(row[i]!.x);
  }
  expect(layout.crossings).to.be.at.most(layout.modelCrossings);
  const numbers = [
    ...layout.nodes.flatMap((node) => [node.x, node.y, node.width, node.height, node.textX, node.textY, node.statusX, node.statusY]),
    ...layout.edges.flatMap((edge) => [...edge.arrow.flat(), ...(edge.path.match(/-?[\d.e+-]+|NaN|Infinity/g) ?? []).map(Number)]),
    ...layout.themes.flatMap((theme) => (theme.path.match(/-?[\d.e+-]+|NaN|Infinity/g) ?? []).map(Number)),
  ];
  expect(numbers.every(Number.isFinite), 'every coordinate is a finite number').to.equal(true);
}
