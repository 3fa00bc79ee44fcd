// Package tone turns diplomatic text into scored statements: it splits a
// document into paragraphs and sentences, attributes each statement to a
// speaker, scores its tone, cooperation and assertiveness from the
// diplomatic lexicon and a Naive Bayes model, and summarises the scores per
// speaker.
//
// The package does no I/O: its functions take strings and return values.
// An [Analyzer] is safe for concurrent use once built.
package tone
