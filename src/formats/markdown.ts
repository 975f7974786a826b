import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { appendAligned } from './align';
import { appendHtml } from './html';
import type { ProseBuilder } from './proseMap';

/**
 * Markdown (CommonMark + GFM, YAML front matter) through micromark's
 * mdast-util-from-markdown: the one parser here whose syntax tree gives source
 * offsets down to each run of inline text (markdown-it maps lines only).
 */

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Nodes whose text is no prose: code, images, front matter, link definitions, footnotes, rules. */
const LEFT_OUT = new Set(['code', 'inlineCode', 'image', 'imageReference', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'footnoteReference', 'thematicBreak']);
/** Nodes whose text is a block of its own: the engine's blocks follow them. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote']);

type Extension = Record<string, unknown>;

/**
 * GFM without its autolink literals (www.example.org, https://…, mail
 * addresses): as links or not, their text is the same prose, and looking for
 * them at every letter took 40% of the parse.
 */
function withoutAutolinks(ext: Extension): Extension {
  const out: Extension = {};
  for (const [field, value] of Object.entries(ext)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      out[field] = value;
      continue;
    }
    const byCode: Record<string, unknown[]> = {};
    for (const [code, list] of Object.entries(value as Record<string, unknown>)) {
      const kept = (Array.isArray(list) ? list : [list]).filter((c) => !/Autolink$/.test(String((c as { name?: string }).name ?? '')));
      if (kept.length) byCode[code] = kept;
    }
    out[field] = byCode;
  }
  return out;
}

const GFM = withoutAutolinks(gfm() as unknown as Extension) as unknown as ReturnType<typeof gfm>;
/** GFM's tree extensions but the autolink literals' transform, which splits text into links that have no source position. */
const GFM_TREE = gfmFromMarkdown().filter((e) => !('transforms' in e && e.transforms?.length));
const WITH_FRONT_MATTER = { extensions: [GFM, frontmatter(['yaml', 'toml'])], mdastExtensions: [...GFM_TREE, frontmatterFromMarkdown(['yaml', 'toml'])] };
const WITHOUT_FRONT_MATTER = { extensions: [GFM], mdastExtensions: GFM_TREE };

/**
 * Appends the prose of Markdown `source[0, length)` to the builder: the text of
 * paragraphs, headings, list items, block quotes and table cells (each its own
 * block), link text without its address, emphasis without its markers; HTML
 * blocks read as HTML, inline tags left out. `source` may go on past `length`
 * with link reference definitions, so that references resolve; nothing past
 * `length` is prose. `atStart`: front matter is possible (the file's start).
 */
export function appendMarkdown(b: ProseBuilder, source: string, length: number, atStart: boolean): void {
  const tree = fromMarkdown(source, atStart ? WITH_FRONT_MATTER : WITHOUT_FRONT_MATTER) as Node;
  walk(b, tree, source, length, false, 0, length);
}

/** `from`, `to`: the parent's source range, for a node without a position of its own (none is expected). */
function walk(b: ProseBuilder, node: Node, source: string, length: number, inline: boolean, from: number, to: number): void {
  const start = node.position?.start.offset ?? from;
  const end = node.position?.end.offset ?? to;
  if (start >= length && node.type !== 'root') return;
  if (LEFT_OUT.has(node.type)) return;
  if (node.type === 'text') {
    appendAligned(b, node.value ?? '', source, start, Math.min(end, length));
    return;
  }
  if (node.type === 'break') {
    b.stand('\n', start, end);
    return;
  }
  if (node.type === 'html') {
    // A tag inside a paragraph is markup; a block of HTML is read as HTML.
    if (!inline) appendHtml(b, source.slice(start, Math.min(end, length)), start);
    return;
  }
  const block = BLOCKS.has(node.type);
  if (block) b.paragraph(start);
  const inlineKids = inline || node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
  for (const child of node.children ?? []) walk(b, child, source, length, inlineKids, start, end);
  if (block) b.paragraph(end);
}
