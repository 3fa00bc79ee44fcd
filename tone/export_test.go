package tone

// UNSConPath lets the external tests find UNSCon's development half where
// the internal ones do.
var UNSConPath = unsconPath
