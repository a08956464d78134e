import * as ACData from 'adaptivecards-templating';

/** Parsing a template's expressions is most of the cost of a card: do it once per template. */
const PREPARED = new WeakMap<object, ACData.Template>();

/** An Adaptive Card as JSON, ready to attach to a Teams message or to return from an invoke. */
export type AdaptiveCardJson = { type: 'AdaptiveCard'; version: string; body: unknown[]; [key: string]: unknown };

/**
 * Binds a card template (adaptivecards-templating `${…}` syntax) to its view model. Values from the
 * model are inserted as data, never re-parsed as expressions, so `${…}` inside email text stays text.
 * A `refresh` block with no user ids is dropped: Teams would otherwise refresh for nobody.
 */
export function expandCardTemplate(template: object, model: object): AdaptiveCardJson {
  let prepared = PREPARED.get(template);
  if (!prepared) {
    prepared = new ACData.Template(template);
    PREPARED.set(template, prepared);
  }
  const card = prepared.expand({ $root: model }) as AdaptiveCardJson;
  const refresh = card.refresh as { userIds?: unknown } | undefined;
  if (refresh && (!Array.isArray(refresh.userIds) || refresh.userIds.length === 0)) delete card.refresh;
  return card;
}
