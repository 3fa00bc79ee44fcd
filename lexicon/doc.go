// Package lexicon holds demarche's diplomatic-language lexicon: the entry
// type, the CSV file format analysts edit, a loader that reports errors by
// file and line, and a matcher that finds entries in a sequence of words,
// multi-word expressions first.
//
// # File format
//
// A lexicon file is UTF-8 CSV (RFC 4180). Blank lines and lines whose first
// character is '#' are ignored. The first other line is the header, exactly:
//
//	term,category,tone,cooperation,assertiveness,scale
//
// Each following line is one entry:
//
//   - term: one or more lower-case words separated by single spaces. A
//     hyphenated word is one word ("so-called"). A word may end in '*' to
//     match every word that begins with it ("condemn*" matches "condemned"
//     and "condemnation"); at least four letters must come before the '*'.
//   - category: one of the names in [Categories].
//   - tone: the entry's tone in [-1, 1]; negative is hostile.
//   - cooperation: its place on a conflict (-1) to cooperation (+1) scale.
//   - assertiveness: in [-1, 1]; negative hedges, positive asserts.
//   - scale: for intensifiers (greater than 1) and downtoners (between 0 and
//     1) the factor applied to the next weighted term; empty otherwise.
//
// Modifier categories (negator, intensifier, downtoner, contrast,
// concession, politeness) carry no weights of their own: leave tone, cooperation and
// assertiveness empty or zero. A term may appear once in a file; when
// several files are loaded, a later file's entry replaces an earlier one.
package lexicon
