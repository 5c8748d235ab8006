import { el } from '../shared/dom';
import { formatNumber } from '../shared/i18n';
import { COLOURS } from './colours';
import { bigFigure, type EmbedPage } from './kit';

/** The three figures the network and a city are counted by, as the stats and city embeds show them. */
const THREE = ['practitioners', 'events', 'outcomes'] as const;
export type ThreeFigures = Record<(typeof THREE)[number], number>;

/** The three as big numbers with their words. */
export const threeFigures = (page: EmbedPage, f: ThreeFigures) => el('div', { class: 'figures' }, ...THREE.map((k) => bigFigure(formatNumber(page.lang, f[k]), page.say(k))));

/** The columns of a table of the three, each in its figure's colour; and a row's values in their order. */
export const threeColumns = (page: EmbedPage) => THREE.map((k) => ({ label: page.say(k), colour: COLOURS[k] }));
export const threeValues = (f: ThreeFigures) => THREE.map((k) => f[k]);
