import type { AnnotationSeverity } from './annotation';

/** Penalty points of one error of each severity. */
export type MqmPenalties = Readonly<Record<AnnotationSeverity, number>>;

/** MQM's customary weights: minor 1, major 5, critical 25. */
export const defaultMqmPenalties: MqmPenalties = { minor: 1, major: 5, critical: 25 };
