import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as JSON, ready to attach to a Teams message or to return from an invoke. */
export type AdaptiveCardJson = { type: 'AdaptiveCard'; version: string; body: unknown[]; [key: string]: unknown };

/**
 * Binds a card template (adaptivecards-templating `${…}` syntax) to its view model. Values from the
 * model are inserted as data, never re-parsed as expressions, so `${…}` inside email text stays text.
 * A `refresh` block with no user ids is dropped: Teams would otherwise refresh for nobody.
 */
export function expandCardTemplate(template: object, model: object): AdaptiveCardJson {
  const card = new ACData.Template(template).expand({ $root: model }) as AdaptiveCardJson;
  const refresh = card.refresh as { userIds?: unknown } | undefined;
  if (refresh && (!Array.isArray(refresh.userIds) || refresh.userIds.length === 0)) delete card.refresh;
  return card;
}
