package tone

// tokenizeParagraphs is tokenizeParagraphsWith with new arrays and
// tables, recording no words.
func tokenizeParagraphs(paras []paragraph, size int) []token {
	return tokenizeParagraphsInto(nil, paras, size, nil)
}

// tokenizeParagraphsInto is tokenizeParagraphsWith with new tables,
// recording the words in lowered when it is not nil.
func tokenizeParagraphsInto(buf []token, paras []paragraph, size int, lowered map[string]bool) []token {
	var lw *wordRecorder
	if lowered != nil {
		lw = &wordRecorder{set: lowered}
	}
	return tokenizeParagraphsWith(buf, paras, size, lw, &formCache{})
}
