// Package actor is demarche's gazetteer of the actors diplomatic text
// speaks of: states, organisations and groups, courts, armed groups,
// collectives ("the West") and office-holders, with the names that stand for
// each — aliases, demonyms, capitals and seats of government used as
// metonyms ("Washington", "the Kremlin"), and for people their family name.
// It reads the gazetteer's files, reporting problems by file and line, and
// finds actors in a run of words.
//
// The package does no I/O beyond the readers it is given.
//
// # File format
//
// A gazetteer file is UTF-8 text with tab-separated fields. Blank lines and
// lines whose first character is '#' are ignored. A file holds one or more
// tables; each starts with a header line that names its columns and so its
// kind:
//
//	country	aliases	demonyms	capitals	seats
//	name	kind	aliases
//	name	aliases	role	country	from	to
//
// Multi-valued fields are separated by '|'; an empty field means none, and
// empty fields at the end of a row may be left out.
//
//   - States (country, aliases, demonyms, capitals, seats): the canonical
//     short name; other names ("Russian Federation", "DPRK"); adjectives that
//     stand for the state ("Chinese"); capitals and cities used for the
//     government ("Beijing"); seats of government and ministries known by
//     their own name ("the Kremlin", "State Department").
//   - Organisations (name, kind, aliases): kind is one of organisation,
//     group, court, armed group or collective.
//   - People (name, aliases, role, country, from, to): one row per office
//     held. role is one of the [Roles]; country is a state or organisation
//     of the gazetteer; from and to are dates written YYYY, YYYY-MM or
//     YYYY-MM-DD, to empty while the office is held. The family name
//     ("Lavrov") is derived from the name and need not be listed.
//
// Within one file a name or alias may stand for one actor only. When several
// files are loaded, a later file's state or organisation replaces an earlier
// one of the same name, a later file's person rows add offices, and a name a
// later file gives to another actor moves to that actor.
package actor
