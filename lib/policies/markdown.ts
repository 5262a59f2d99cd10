// The small markdown subset the policy documents are written in: "#" to "###" headings, "-" and "1." lists,
// and paragraphs separated by blank lines. Parsed into plain blocks that React renders as text (no HTML is
// ever injected), so a policy text cannot carry markup or scripts into the page.

export type PolicyBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; text: string }
  | { type: "list"; ordered: boolean; items: string[] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const UNORDERED_ITEM = /^[-*]\s+(.*)$/;
const ORDERED_ITEM = /^\d+[.)]\s+(.*)$/;

export function parsePolicyMarkdown(source: string): PolicyBlock[] {
  const blocks: PolicyBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: "paragraph", text: paragraph.join(" ") });
    if (list) blocks.push({ type: "list", ...list });
    paragraph = [];
    list = null;
  };

  for (const rawLine of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const [, hashes = "#", text = ""] = heading;
      blocks.push({ type: "heading", level: hashes.length as 1 | 2 | 3, text: text.trim() });
      continue;
    }
    const unordered = UNORDERED_ITEM.exec(line);
    const ordered = unordered ? null : ORDERED_ITEM.exec(line);
    const item = unordered ?? ordered;
    if (item) {
      if (paragraph.length > 0 || (list && list.ordered !== Boolean(ordered))) flush();
      list ??= { ordered: Boolean(ordered), items: [] };
      list.items.push((item[1] ?? "").trim());
      continue;
    }
    // A line under a list item continues that item; otherwise it continues the paragraph.
    if (list) list.items[list.items.length - 1] += ` ${line}`;
    else paragraph.push(line);
  }
  flush();
  return blocks;
}
