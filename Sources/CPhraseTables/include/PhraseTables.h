// The lexicon's phrase automata, built by scripts/generate-phrase-tables and compiled into the
// binary, so that no process has to build them (see PhraseMatcher.swift). Data only.
#ifndef PHRASE_TABLES_H
#define PHRASE_TABLES_H

#include <stdint.h>

/// One automaton's tables, as `Automaton` holds them.
typedef struct {
    /// Per pattern, the next one with the same folding in this automaton, or -1.
    const int32_t *next_pattern;
    /// The root's transitions on the 128 ASCII scalars, or -1.
    const int32_t *root_ascii;
    /// The edge table (`TransitionTable`): `slot_count` slots, `edge_count` of them used.
    const uint64_t *slots;
    uint32_t slot_count;
    uint32_t edge_count;
    uint32_t shift;
    /// Per state: its failure link, the first pattern it ends and its output link (three values).
    const int32_t *states;
    uint32_t state_count;
    /// How many of the lexicon's phrases the automaton holds.
    uint32_t phrase_count;
} PhraseAutomatonTables;

/// The lexicon's matcher: a fingerprint of the lexicon the tables were built from, per pattern
/// (each phrase of the lexicon that does not fold to nothing, in lexicon order) its concept, text,
/// folded length and boundaries, and the two automata.
typedef struct {
    uint64_t fingerprint;
    uint32_t pattern_count;
    /// Each pattern's concept (`Concept.rawValue`).
    const uint8_t *concepts;
    /// Each pattern's phrase as written in the lexicon, in UTF-8: pattern `i` is
    /// `phrase_bytes[phrase_ends[i - 1]..<phrase_ends[i]]`.
    const uint8_t *phrase_bytes;
    const uint32_t *phrase_ends;
    /// Each pattern's folded length.
    const int32_t *lengths;
    /// Bit 0: the pattern must start at a word boundary; bit 1: it must end at one.
    const uint8_t *boundaries;
    PhraseAutomatonTables narrow;
    PhraseAutomatonTables wide;
} PhraseTables;

extern const PhraseTables sesame_phrase_tables;

#endif
