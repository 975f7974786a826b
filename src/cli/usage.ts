import { DEFAULT_MAX_BYTES } from './readArticle';

export const USAGE = `Usage: claim-lens extract [--format json|brat|text] [--input md|html|text] [--types LIST] [--language auto|en] [--out-dir DIR] [--max-size BYTES] [--debug] [--] FILE...
       claim-lens export --format md|csv|json|brat|claimreview [--input md|html|text] [--types LIST] [--language auto|en] [--out-dir DIR] [--org NAME] [--url URL] [--review-url URL] [--max-size BYTES] [--debug] [--] FILE...
       claim-lens index --out FILE.jsonl [--jobs N] [--language auto|en] [--max-size BYTES] [--debug] [--] PATH...
       claim-lens report [--index FILE.jsonl] [--format text|md|json] [--jobs N] [--language auto|en] [--max-size BYTES] [--debug] [--] [PATH...]

Finds the attributed claims (source, cue, content) in news articles (UTF-8,
or UTF-16 with a byte order mark): plain text, Markdown (.md, .markdown) or
HTML (.html, .htm), read by the file's extension. Every offset written is
into the file as it is (markup included); the texts are the prose.
  --format json   one JSON object per file and line (default)
  --format brat   brat standoff (.ann) in PolNeAR's layout, code-point offsets
  --format text   a readable table
  --input FORMAT  read every file as md (Markdown), html or text, whatever
                  its extension
  --types LIST    only claims of these types, comma-separated: statement,
                  finding, position, other (extract: every type by default)
  --language auto an article that reads as another language than English
                  gives no claims, and a line on stderr says which (default);
                  --language en analyses every article as English
  --out-dir DIR   write one file per article under DIR instead of printing,
                  each at its path from the folder the articles share
                  (a/story.news and b/story.news give DIR/a/story.json and
                  DIR/b/story.json); an output that would replace an input,
                  a verdict file or another output of the run is refused
  --max-size N    refuse files over N bytes (default ${DEFAULT_MAX_BYTES})
  --debug         print the stack trace of an unexpected failure

export writes each article's claims with the verdicts of its FILE.claims.json:
  md (a report), csv, json, brat, or claimreview (schema.org ClaimReview
  JSON-LD of the rated claims; --org names the fact-checking organisation,
  --url the article's http(s) address, --review-url where the reviews are
  published). It lists statements, findings and positions by default, as
  the editor shows (brat: every type); --types changes that. A ClaimReview
  never holds an "other" claim (an action or event, not a claim anyone made).

index writes one JSON line per article (file, hash, engine, claims as
  extract writes them, and each claim's line) to FILE.jsonl, appending: an
  article already in it with the same bytes and engine version is skipped.
  PATH is a file, or a folder walked for .txt .text .md .markdown .news
  .article files (not node_modules, dist, out, build or hidden folders).
  --jobs N analyses on N threads (default: the number of cores).
report prints the figures of the articles under PATH (or of every article
  of --index): claims by source kind and type, speakers merged across
  articles, quotes found in more than one article. Articles --index holds
  (same bytes, same engine) are not analysed again.

Exit codes: 0 every file done; 1 some file failed (each named on stderr, the
others done); 2 usage error or unusable --out-dir (nothing done); 3 internal
error.`;
