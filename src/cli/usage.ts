import { DEFAULT_MAX_BYTES } from './readArticle';

export const USAGE = `Usage: claim-lens extract [--format json|brat|text] [--input md|html|text] [--types LIST] [--out-dir DIR] [--max-size BYTES] [--debug] [--] FILE...
       claim-lens export --format md|csv|json|brat|claimreview [--input md|html|text] [--types LIST] [--out-dir DIR] [--org NAME] [--url URL] [--review-url URL] [--max-size BYTES] [--debug] [--] FILE...

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

Exit codes: 0 every file done; 1 some file failed (each named on stderr, the
others done); 2 usage error or unusable --out-dir (nothing done); 3 internal
error.`;
