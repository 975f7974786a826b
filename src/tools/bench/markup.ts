/**
 * Plain articles dressed as a CMS's Markdown and as a saved web page, for the
 * bench: paragraphs (a heading now and then, runs of list items), links on
 * capitalised names, emphasis on some words, front matter; the page adds
 * entities for its apostrophes and quote marks, navigation, a byline, a
 * caption and a footer around an <article>.
 */

const NAME = /\b([A-Z][a-z]+ [A-Z][a-z]+)\b/g;
const LONG_WORD = /\b([a-z]{9,})\b/g;

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Every other name a link, every third long word emphasised. */
function dress(p: string, link: (name: string, i: number) => string, em: (w: string) => string): string {
  let n = 0;
  let w = 0;
  return p.replace(NAME, (m) => (n++ % 2 === 0 ? link(m, n) : m)).replace(LONG_WORD, (m) => (w++ % 3 === 0 ? em(m) : m));
}

export function asMarkdown(text: string): string {
  const out = ['---\ntitle: Bench article\nauthor: Bench\n---'];
  paragraphs(text).forEach((p, i) => {
    const body = dress(p, (name, k) => `[${name}](https://example.org/people/${k})`, (w) => `*${w}*`);
    if (i % 17 === 0 && p.length < 120) out.push(`## ${body}`);
    else if (i % 7 === 3) out.push(`- ${body}`);
    else out.push(body);
  });
  return out.join('\n\n') + '\n';
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function asHtml(text: string): string {
  const out = ['<!DOCTYPE html><html><head><title>Bench</title><script>var x = 1;</script></head><body>',
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav><header><p>Site</p></header><article>',
    '<p class="byline">By <a rel="author" href="/bench">Bench</a></p>'];
  paragraphs(text).forEach((p, i) => {
    const body = dress(escape(p), (name, k) => `<a href="https://example.org/people/${k}">${name}</a>`, (w) => `<em>${w}</em>`)
      .replace(/'/g, '&rsquo;').replace(/"/g, (_, at: number, s: string) => (at === 0 || s[at - 1] === ' ' ? '&ldquo;' : '&rdquo;'));
    if (i % 17 === 0 && p.length < 120) out.push(`<h2>${body}</h2>`);
    else if (i % 7 === 3) out.push(`<ul><li>${body}</li></ul>`);
    else out.push(`<p>${body}</p>`);
    if (i % 40 === 20) out.push('<figure><img src="x.jpg" alt="x"><figcaption>A caption said nothing.</figcaption></figure>');
  });
  out.push('</article><footer><p>Copyright</p></footer></body></html>');
  return out.join('\n') + '\n';
}
