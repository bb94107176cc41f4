/**
 * Reads what a person would see on a card the bot sent: its texts and its buttons (with their data).
 */
export interface CardAction {
  type: string;
  title: string;
  data?: Record<string, unknown>;
  verb?: string;
}

type Json = Record<string, unknown>;

export function cardOf(activity: Json): Json | undefined {
  const attachments = activity['attachments'];
  if (!Array.isArray(attachments)) return undefined;
  const card = attachments.find((a: Json) => a['contentType'] === 'application/vnd.microsoft.card.adaptive') as Json | undefined;
  return card?.['content'] as Json | undefined;
}

function walk(node: unknown, visit: (element: Json) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Json);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

/** Every TextBlock's text (and every RichTextBlock's runs, joined), in order, joined by newlines. */
export function cardText(card: Json | undefined): string {
  const texts: string[] = [];
  walk(card?.['body'], (element) => {
    if (element['type'] === 'TextBlock' && typeof element['text'] === 'string') texts.push(element['text']);
    if (element['type'] === 'RichTextBlock' && Array.isArray(element['inlines'])) texts.push((element['inlines'] as Json[]).map((run) => String(run['text'] ?? '')).join(''));
  });
  return texts.join('\n');
}

/** Every action on the card: in the body's ActionSets and in the card's actions. */
export function cardActions(card: Json | undefined): CardAction[] {
  const actions: CardAction[] = [];
  walk(card, (element) => {
    if (typeof element['type'] === 'string' && element['type'].startsWith('Action.') && typeof element['title'] === 'string') {
      actions.push({ type: element['type'], title: element['title'], data: element['data'] as Json | undefined, verb: element['verb'] as string | undefined });
    }
  });
  return actions;
}

export function actionTitled(card: Json | undefined, title: string | RegExp): CardAction {
  const found = cardActions(card).find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  if (!found) throw new Error(`no action titled ${String(title)}; actions: ${cardActions(card).map((a) => a.title).join(' | ')}`);
  return found;
}

/** What the activity shows: the text of a plain message or the texts of its card. */
export function visibleText(activity: Json): string {
  const card = cardOf(activity);
  return card ? cardText(card) : String(activity['text'] ?? '');
}
