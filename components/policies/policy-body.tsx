import { parsePolicyMarkdown } from "@/lib/policies/markdown";

/**
 * A policy text rendered as React elements (headings, paragraphs, lists): never as injected HTML. The page
 * gives the title (h1), so the text's own top heading is left out and its sections become h2 and h3.
 */
export function PolicyBody({ source }: { source: string }) {
  const blocks = parsePolicyMarkdown(source);
  const body = blocks[0]?.type === "heading" && blocks[0].level === 1 ? blocks.slice(1) : blocks;
  return (
    <div className="space-y-4">
      {body.map((block, index) => {
        switch (block.type) {
          case "heading":
            return block.level === 3 ? (
              <h3 key={index} className="pt-2 text-xl font-semibold text-ink">
                {block.text}
              </h3>
            ) : (
              <h2 key={index} className="pt-4 font-serif text-2xl font-semibold text-marine">
                {block.text}
              </h2>
            );
          case "list": {
            const List = block.ordered ? "ol" : "ul";
            return (
              <List key={index} className={`space-y-2 pl-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{item}</li>
                ))}
              </List>
            );
          }
          default:
            return <p key={index}>{block.text}</p>;
        }
      })}
    </div>
  );
}
