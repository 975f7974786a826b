/**
 * One invented article in three forms: Markdown, a saved web page, and plain
 * text typed by hand (not produced by the converter). The claims, read as
 * prose, must be the same in all three.
 */

export const PLAIN = `Harbour plan wins council vote

Elena Varga, the mayor, said the harbour plan was balanced.

"We will not raise port fees this year," said Okafor.

According to the city's audit, repair costs rose 12 percent since 2021.

Councillor Tom Brandt said the plan ignores renters.

Critics said the vote was rushed.
`;

export const MARKDOWN = `---
title: Harbour plan wins council vote
author: Desk Reporter
---

# Harbour plan wins *council* vote

![The mayor said hello](https://example.org/photo.jpg)

[Elena Varga](https://example.org/people/varga), the mayor, said the harbour plan was **balanced**.

"We will not raise port fees this year," said *Okafor*.

According to the [city's audit](https://example.org/audit.pdf), repair costs rose 12 percent since 2021.

- Councillor Tom Brandt said the plan ignores renters.
- Critics said the vote was _rushed_.

\`\`\`
The engineer said the code was fine.
\`\`\`
`;

export const HTML = `<!DOCTYPE html>
<html lang="en">
<head><title>Harbour plan wins council vote</title>
<script>var note = "The spokesman said nothing";</script>
<style>p::before { content: "said"; }</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li>The editor said to read more</li></ul></nav>
<header><p>The publisher said welcome</p></header>
<article>
  <h1>Harbour plan wins <em>council</em> vote</h1>
  <p class="byline">By <a rel="author" href="/staff/desk">Desk Reporter</a></p>
  <figure><img src="photo.jpg" alt="The mayor said hello">
    <figcaption>The mayor said the harbour would reopen.</figcaption></figure>
  <p><a href="https://example.org/people/varga">Elena Varga</a>, the mayor, said the harbour
     plan was <strong>balanced</strong>.</p>
  <!-- The lawyer said this is a comment -->
  <p>&quot;We will not raise port fees this year,&quot; said <em>Okafor</em>.</p>
  <p>According to the <a href="https://example.org/audit.pdf">city&#39;s audit</a>, repair costs
     rose 12 percent since 2021.</p>
  <ul>
    <li>Councillor Tom Brandt said the plan ignores renters.</li>
    <li>Critics said the vote was <i>rushed</i>.</li>
  </ul>
</article>
<aside><p>Related: the minister said more</p></aside>
<footer><p>The owner said copyright</p></footer>
</body>
</html>
`;

/** The file's text with its markup removed, as a test reads it: tags, link addresses, emphasis markers, entities; white space collapsed. */
export function withoutMarkup(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[[\]*_]/g, '')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
