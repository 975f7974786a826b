/**
 * The page furniture of a news article that the extraction takes for
 * attributions when it is left in the text: labels before a colon
 * ("Editor's note:", "Email:", "See also:", "Photo:"), whole lines of layout
 * (photo credits, bylines, "Article continues below") and contents that are
 * only an address or a number. Written from the kinds of layout seen in news
 * pages (and in PolNeAR train's false positives), not from a corpus list.
 * Data only: extract/rules/dropLayoutLabels.ts, dropLayoutLines.ts and
 * dropContactContent.ts use them.
 */

/**
 * A label that heads a line or a sentence and introduces furniture, not
 * words someone said: matched against the whole label, lower-cased, curly
 * apostrophes folded. "Source:" and "Data:" credit a data set; "Contributing:"
 * and "Byline:" name the reporters; "Busted:", "Wow:" are headline kickers.
 */
export const LAYOUT_LABEL = new RegExp('^(?:' + [
  "editor'?s'? note", 'editors note', 'note', 'notes', "publisher'?s note", "author'?s note", 'disclosure', 'disclaimer',
  'e-?mail', 'email us', 'phone', 'tel', 'telephone', 'fax', 'mobile', 'contact', 'contacts', 'contact us', 'web', 'website', 'online', 'address',
  'twitter', 'facebook', 'instagram', 'follow', 'follow us', 'follow (?:him|her|them|me)', 'subscribe', 'sign up', 'newsletter',
  'see also', 'also see', 'also read', 'read also', 'read more', 'more', 'related', 'related coverage', 'related stories?', 'related articles?',
  'recommended', 'trending', 'popular', 'most read', 'more from \\p{L}+', 'more coverage', 'previously', 'next', 'up next', 'watch', 'listen', 'video', 'audio', 'podcast',
  'photos?', 'photograph', 'photo credit', 'photo illustration', 'image', 'images', 'image credit', 'illustration', 'graphic', 'graphics', 'map', 'chart',
  'credit', 'credits', 'caption', 'source', 'sources', 'data', 'data source', 'methodology', 'file',
  'correction', 'corrections', 'clarification', 'update', 'updated', 'updates', 'editing', 'reporting', 'additional reporting', 'contributing', 'contributors?', 'byline', 'dateline',
  'advertisement', 'sponsored', 'sponsored content', 'copyright', 'tags', 'filed under', 'topics', 'posted', 'published', 'last updated',
  // An interviewer's questions in a transcript: no claim to check (the answers are, extract/interview.ts).
  'q', 'question', 'interviewer', 'moderator',
  'breaking', 'breaking news', 'developing', 'exclusive', 'just in', 'just leaked', 'leaked', 'busted', 'boom', 'wow', 'look', 'revealed', 'bombshell', 'must see', 'must watch', 'shocking',
].join('|') + ')$', 'u');

/**
 * A headline's kicker before a colon, not a speaker: three or more words with
 * a verb or a preposition among them ("Stealth Over Health:", "Big Win For
 * Bernie:", "Fix Is In:", "Stat of the Week:"). Speakers' labels hold names
 * and titles ("Rep. Trey Gowdy (R-S.C.):", "Former AG Mukasey at RNC:",
 * "Clinton on Trump:"), so "at", "on" and "to" are not counted.
 */
export const KICKER_WORD = /^(?:is|are|was|were|be|has|have|gets?|over|for|of|in|into|from|than|vs)$/;

/**
 * Whole lines that are layout: no attribution stands on them. Each pattern is
 * tried against the line, trimmed; most are anchored at both ends.
 */
export const LAYOUT_LINES: readonly RegExp[] = [
  // Photo and picture credits: "(AP Photo/Evan Vucci)", "Photo: Jane Doe/Reuters", "Jane Doe/Getty Images".
  /^\(?(?:AP|AFP|Reuters|Getty|EPA|UPI)?\s*(?:photo|photograph|image|picture)s?\s*(?:credit)?\s*[:/].{0,80}\)?\.?$/i,
  /^\(?[\p{L}.' -]{2,60}\s*\/\s*(?:AP|AFP|Reuters|Getty Images|Getty|EPA|Bloomberg|Shutterstock|Associated Press)(?: via [\p{L} ]+)?\)?\.?$/iu,
  // A caption: a line that ends with its photo credit ("Reyes speaks in Lakeside. (AP Photo/Evan Vucci)").
  /\((?:[\p{L} ]+ )?(?:photo|photograph|image|picture)s?(?: by)?\s*[:/][^()]{1,80}\)\s*$/iu,
  /\([^()]{2,80}\/\s*(?:AP|AFP|Reuters|Getty Images|Getty|EPA|Bloomberg)[^()]{0,30}\)\s*$/u,
  // "Article continues below", "Story continues below advertisement".
  /^(?:the )?(?:article|story|text) continues (?:below|after (?:the )?(?:advertisement|ad))(?: advertisement)?\.?$/i,
  /^(?:advertisement|advertising|sponsored content|ad)\.?$/i,
  // Bylines: "By Jane Doe", "By Jane Doe, Staff Writer", "By Jane Doe and John Smith | The Herald" (names capitalised: no "i" flag).
  /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|del|la)){0,6}(?:\s*[,|–—-]\s*(?:\p{Lu}[\p{L}.'’-]*|[Ss]taff|[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Cc]ontributor|[Ee]ditor|[Cc]olumnist|for|the|of|and|via|to|at)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|staff|writer|reporter|correspondent|contributor|editor|columnist|for|the|of|and|via|to|at)){0,8})?$/u,
  // "Follow us on Twitter", "Sign up for our newsletter", "Subscribe to our newsletter".
  /^(?:follow (?:us|me|him|her|them|[\p{Lu}][\p{L}.' -]{1,40}) on (?:twitter|facebook|instagram|threads|linkedin|tiktok|youtube)\b.{0,60}|sign up (?:for|to) (?:our|the|a) .{0,60}|subscribe (?:to|for|now)\b.{0,60}|like us on facebook.{0,40})\.?$/iu,
  // A link to another story: "Related: Council approves budget", "Read more: Why the bridge closed".
  /^(?:related(?: coverage| stories| story| articles?| content| links?)?|read more|more reading|see also|also see|also read|read also|recommended(?: reading)?|more from [\p{L} ]{1,30}|up next)\s*[:»›>|]\s*.{1,200}$/iu,
  // "Copyright 2016 …", "© 2016 …", "All rights reserved."
  /^(?:copyright|©|\(c\))\s.{0,160}$/i,
  /^all rights reserved\.?$/i,
  // "This article was updated at 3 p.m. …", "This story has been corrected."
  /^this (?:article|story|post|report|version)(?: has been| was| is)? (?:updated|corrected|amended|changed|edited)\b.{0,100}$/i,
  // Not "Correction: …", "Update: …" or "Clarification: …" as a whole: such notes report what someone said ("… that Reyes is calling for …").
  // "Reporting by Jane Doe; Editing by John Smith", "Jane Doe contributed reporting."
  /^\(?(?:additional )?reporting by .{0,160}\)?\.?$/i,
  /^[\p{L}.,' -]{2,120} contributed (?:reporting|to this (?:report|story|article))(?: from [\p{L} ,.]+)?\.?$/iu,
  // Datelines alone on their line: "WASHINGTON (AP) —".
  /^\p{Lu}[\p{Lu}\p{L} .,'-]{0,60}\s*\((?:AP|AFP|Reuters|CNN|UPI|Bloomberg)\)\s*[—–-]*$/u,
];

/** A content that is only an address or a handle: an e-mail, a URL, "@handle", a phone number. */
export const CONTACT_ONLY = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|uk|io)(?:\/\S*)?|@\w{1,30}|\+?[\d(][\d\s().\/-]{5,}\d)$/u;

/** A content that is only a number ("1,769", "52%"): after a colon label it is a table's cell, not a claim. */
export const NUMBER_ONLY = /^[\d.,%$€£\s-]+$/u;

/** A source that is the article itself, in a correction: "An earlier version of this story said …". */
export const OWN_STORY = /^(?:an?|the|this) (?:earlier|previous|prior|original|print|online) (?:version|edition) of this (?:story|article|report|post|column|item)$/i;
