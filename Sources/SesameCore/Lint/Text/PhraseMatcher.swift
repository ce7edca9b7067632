internal import CPhraseTables
import Synchronization

/// Finds every phrase of a lexicon in folded text in one pass (Aho–Corasick).
///
/// Phrase syntax: text folded like the input; a trailing `*` lets the phrase end inside a
/// word (`bounce*` matches "bounced"); a leading `~` lets it start inside one (`~n't`).
/// Otherwise a phrase that starts or ends with a letter or digit must start or end at a word
/// boundary. A space in a phrase matches any single white-space scalar (line breaks included).
///
/// The lexicon's automata are built before the binary is (`scripts/generate-phrase-tables` writes
/// them to `Sources/CPhraseTables`, and `PhraseTablesTests` fail when they differ from a fresh
/// build): a process reads them in place, with the patterns' concepts and phrases, and never
/// evaluates the lexicon (see `init(_:prebuilt:)`). Other matchers are built when made, so that too must
/// cost little: the phrases are folded into one shared buffer, the trie's edges live in one
/// open-addressing table keyed by (state, scalar) (`TransitionTable`), and every per-state
/// property is a flat array (`Automaton`). The phrases that hold a CJK scalar (U+2E80 and above:
/// kana, kanji, Japanese punctuation) have an automaton of their own, made the first time a text
/// holds such a scalar, since none of them can match a text without one; an English text never
/// makes it, and a mixed text gets the hits of both, in the order one automaton would give.
public struct PhraseMatcher: Sendable {
    public struct Pattern: Sendable {
        public var concept: Concept
        public var phrase: String
        public var length: Int
        public var boundaryStart: Bool
        public var boundaryEnd: Bool
    }

    public struct Hit: Sendable {
        public var pattern: Int
        public var start: Int
        public var end: Int
    }

    /// Each pattern's concept, and what a scan needs of it.
    private let concepts: [Concept]
    private let shapes: [PhraseShape]
    /// Each pattern's phrase as the lexicon writes it.
    private let phrases: PhraseTexts
    /// The automaton of every phrase below U+2E80.
    let narrow: Automaton
    /// The automaton of the phrases with a CJK scalar, once a text needs it.
    let wide: LazyAutomaton

    /// Scalars from here on are CJK (kana, kanji, their punctuation and full-width forms).
    static let wideScalars: UInt32 = 0x2E80

    public init(_ lexicon: [(Concept, [String])]) {
        // Every phrase folded into one buffer: pattern `i` is `folded[ends[i - 1]..<ends[i]]`.
        // A folding has at most as many scalars as the phrase has UTF-8 bytes.
        var capacity = 1
        var phraseCount = 0
        for (_, phrases) in lexicon {
            phraseCount += phrases.count
            for raw in phrases { capacity += raw.utf8.count }
        }
        var concepts: [Concept] = []
        var shapes: [PhraseShape] = []
        var texts: [String] = []
        var ends: [Int] = []
        var narrowPhrases: [Int32] = []
        var widePhrases: [Int32] = []
        concepts.reserveCapacity(phraseCount)
        shapes.reserveCapacity(phraseCount)
        texts.reserveCapacity(phraseCount)
        ends.reserveCapacity(phraseCount)
        let folded = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
            for (concept, phrases) in lexicon {
                for raw in phrases {
                    let (length, boundaryStart, boundaryEnd) = Self.fold(raw, into: buffer.baseAddress! + count)
                    guard length > 0 else { continue }
                    let wordStart = boundaryStart && TextFolding.isWordScalar(buffer[count])
                    let wordEnd = boundaryEnd && TextFolding.isWordScalar(buffer[count + length - 1])
                    var isWide = false
                    for position in count..<(count + length) where buffer[position].value >= Self.wideScalars { isWide = true }
                    if isWide { widePhrases.append(Int32(concepts.count)) } else { narrowPhrases.append(Int32(concepts.count)) }
                    count += length
                    concepts.append(concept)
                    texts.append(raw)
                    shapes.append(PhraseShape(length: Int32(length), boundaryStart: wordStart, boundaryEnd: wordEnd))
                    ends.append(count)
                }
            }
        }
        precondition(folded.count < 1 << 21, "the lexicon has too many states")
        self.concepts = concepts
        self.shapes = shapes
        phrases = .strings(texts)
        narrow = Automaton(folded: folded, ends: ends, phrases: narrowPhrases)
        wide = LazyAutomaton(hasPhrases: !widePhrases.isEmpty) { [ends, widePhrases] in
            Automaton(folded: folded, ends: ends, phrases: widePhrases)
        }
    }

    /// The matcher of `lexicon` from `tables` built beforehand, read in place.
    ///
    /// A debug build (every test run) first checks that the tables were built from this very
    /// lexicon (same fingerprint) and otherwise builds the matcher here, as `init(_:)` does, so
    /// that a phrase just added works before `scripts/generate-phrase-tables` is run
    /// (`PhraseTablesTests` fail until it is). A release build trusts the tables and never calls
    /// `lexicon` at all: the tables carry every pattern's concept and phrase, and evaluating the
    /// lexicon's five thousand strings and hashing them cost every lint process 2.3 M instructions.
    /// A release is built from a commit whose tests pass, so its tables are its lexicon's.
    init(_ lexicon: @autoclosure () -> [(Concept, [String])], prebuilt tables: PhraseTables) {
        #if DEBUG
        guard tables.fingerprint == Self.fingerprint(of: lexicon()) else {
            self = PhraseMatcher(lexicon())
            return
        }
        #endif
        let count = Int(tables.pattern_count)
        concepts = (0..<count).map { Concept(rawValue: Int(tables.concepts[$0]))! }
        shapes = (0..<count).map { pattern in
            let boundaries = tables.boundaries[pattern]
            return PhraseShape(length: tables.lengths[pattern], boundaryStart: boundaries & 1 != 0, boundaryEnd: boundaries & 2 != 0)
        }
        phrases = .compiled(bytes: tables.phrase_bytes, ends: tables.phrase_ends)
        narrow = Automaton(tables.narrow, patterns: count)
        let prebuilt = PrebuiltAutomaton(tables: tables.wide)
        wide = LazyAutomaton(hasPhrases: tables.wide.phrase_count > 0) { Automaton(prebuilt.tables, patterns: count) }
    }

    /// How many patterns the matcher has (the phrases that do not fold to nothing).
    public var patternCount: Int { concepts.count }

    /// The concept of pattern `pattern` (a hit's `pattern`).
    public func concept(of pattern: Int) -> Concept { concepts[pattern] }

    /// The phrase of pattern `pattern` as the lexicon writes it (marks included).
    public func phrase(of pattern: Int) -> String { phrases[pattern] }

    /// Every pattern, in order (made when asked: for tests and the table generator).
    public var patterns: [Pattern] {
        (0..<patternCount).map { pattern in
            let shape = shapes[pattern]
            return Pattern(concept: concepts[pattern], phrase: phrases[pattern], length: Int(shape.length),
                           boundaryStart: shape.boundaryStart, boundaryEnd: shape.boundaryEnd)
        }
    }

    /// A 64-bit FNV-1a hash of every concept and phrase of `lexicon`, in order: what the tables
    /// built beforehand were built from.
    static func fingerprint(of lexicon: [(Concept, [String])]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        for (concept, phrases) in lexicon {
            // The concept's number as four bytes, least significant first; 0xFE and 0xFF never
            // occur in UTF-8: they end a concept's number and a phrase.
            let number = UInt32(concept.rawValue)
            for shift in stride(from: 0, to: 32, by: 8) { mix(UInt8(truncatingIfNeeded: number >> UInt32(shift))) }
            mix(0xFE)
            for var phrase in phrases {
                // The contiguous UTF-8 of the literal: iterating `utf8` costs several times more.
                phrase.withUTF8 { bytes in
                    for byte in bytes { mix(byte) }
                }
                mix(0xFF)
            }
        }
        return hash
    }

    /// Writes the folding of `phrase` without its marks to `out` (room for as many scalars as
    /// it has UTF-8 bytes); its length, and whether it had no `~` before and no `*` after.
    /// Both marks are single UTF-8 bytes, so they are cut off the bytes.
    private static func fold(_ phrase: String, into out: UnsafeMutablePointer<Unicode.Scalar>) -> (Int, Bool, Bool) {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            var lower = 0
            var upper = bytes.count
            let boundaryStart = !(upper > lower && bytes[lower] == UInt8(ascii: "~"))
            if !boundaryStart { lower += 1 }
            let boundaryEnd = !(upper > lower && bytes[upper - 1] == UInt8(ascii: "*"))
            if !boundaryEnd { upper -= 1 }
            let length = TextFolding.foldPhrase(utf8: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), into: out)
            return (length, boundaryStart, boundaryEnd)
        }
    }

    /// Every occurrence of every phrase in `text`, respecting word boundaries: by end position,
    /// and at one end the longest first (phrases with the same folding in lexicon order).
    public func hits(in text: [Unicode.Scalar]) -> [Hit] {
        let narrowHits = narrow.hits(in: text, shapes: shapes)
        guard wide.hasPhrases, text.contains(where: { $0.value >= Self.wideScalars }) else { return narrowHits }
        let wideHits = wide.automaton.hits(in: text, shapes: shapes)
        guard !narrowHits.isEmpty else { return wideHits }
        // Both lists are in that order, and one folding is in one automaton: merge them.
        var hits: [Hit] = []
        hits.reserveCapacity(narrowHits.count + wideHits.count)
        var n = 0
        var w = 0
        while n < narrowHits.count && w < wideHits.count {
            let a = narrowHits[n]
            let b = wideHits[w]
            if a.end < b.end || (a.end == b.end && a.start < b.start) {
                hits.append(a)
                n += 1
            } else {
                hits.append(b)
                w += 1
            }
        }
        hits.append(contentsOf: narrowHits[n...])
        hits.append(contentsOf: wideHits[w...])
        return hits
    }
}

/// The patterns' phrases: strings of a matcher built when made, or the compiled tables' UTF-8,
/// decoded only when asked for (a rule asks for few: the negators').
enum PhraseTexts: @unchecked Sendable {
    case strings([String])
    /// Constant data compiled into the binary, which nothing writes.
    case compiled(bytes: UnsafePointer<UInt8>, ends: UnsafePointer<UInt32>)

    subscript(pattern: Int) -> String {
        switch self {
        case .strings(let strings):
            return strings[pattern]
        case .compiled(let bytes, let ends):
            let start = pattern == 0 ? 0 : Int(ends[pattern - 1])
            return String(decoding: UnsafeBufferPointer(start: bytes + start, count: Int(ends[pattern]) - start), as: UTF8.self)
        }
    }
}

/// What a scan needs of a pattern, without the phrase's `String`.
struct PhraseShape: Sendable {
    var length: Int32
    var boundaryStart: Bool
    var boundaryEnd: Bool
}

/// The wide phrases' automaton, made the first time it is asked for (under a lock, once).
final class LazyAutomaton: Sendable {
    let hasPhrases: Bool
    private let make: @Sendable () -> Automaton
    private let made = Mutex<Automaton?>(nil)

    init(hasPhrases: Bool, make: @escaping @Sendable () -> Automaton) {
        self.hasPhrases = hasPhrases
        self.make = make
    }

    var automaton: Automaton {
        made.withLock { made in
            if let made { return made }
            let automaton = make()
            made = automaton
            return automaton
        }
    }
}

/// An automaton's tables built beforehand: constant data compiled into the binary, which
/// nothing writes, so any thread may read it.
struct PrebuiltAutomaton: @unchecked Sendable {
    let tables: PhraseAutomatonTables
}

/// The Aho–Corasick automaton of some of a matcher's phrases.
struct Automaton: Sendable {
    /// A state while the automaton is built.
    private struct State {
        var fail: Int32 = 0
        /// The first pattern the state ends, or -1.
        var firstPattern: Int32 = -1
        /// The nearest state on the failure chain that ends a pattern, or -1.
        var outputLink: Int32 = -1
    }

    /// A trie state while the automaton is built.
    private struct Node {
        var depth: Int32
        var parent: Int32
        var key: UInt32
        var firstPattern: Int32 = -1
    }

    /// The next pattern with the same folded phrase (another concept, or the same phrase listed
    /// twice), in lexicon order; -1 ends the chain.
    let nextPattern: Table<Int32>
    /// The root's ASCII transitions, dense: most steps of a scan start or restart at the root.
    let rootASCII: Table<Int32>
    let transitions: TransitionTable
    /// Per state, three values: its failure link, the first pattern it ends (or -1), and the
    /// nearest state on its failure chain that ends a pattern (or -1). Flat, as the compiled
    /// tables hold them, so that those are read in place.
    let states: Table<Int32>

    /// The automaton of `phrases` (pattern numbers, in lexicon order), pattern `p` being
    /// `folded[ends[p - 1]..<ends[p]]`.
    init(folded: [Unicode.Scalar], ends: [Int], phrases: [Int32]) {
        var edges = 0
        for pattern in phrases { edges += ends[Int(pattern)] - (pattern == 0 ? 0 : ends[Int(pattern) - 1]) }

        // The trie: one table of edges, and per state its depth, parent, key and first pattern.
        var trie = TransitionTable.Builder(expectedEdges: edges)
        var nextPattern = [Int32](repeating: -1, count: ends.count)
        let nodes = [Node](unsafeUninitializedCapacity: edges + 1) { nodes, count in
            nodes[0] = Node(depth: 0, parent: 0, key: 0)
            count = 1
            for pattern in phrases {
                var state: Int32 = 0
                for position in (pattern == 0 ? 0 : ends[Int(pattern) - 1])..<ends[Int(pattern)] {
                    let key = Self.key(folded[position])
                    let created = Int32(count)
                    let child = trie.child(of: state, key, insertingIfAbsent: created)
                    if child == created {
                        nodes[count] = Node(depth: nodes[Int(state)].depth + 1, parent: state, key: key)
                        count += 1
                    }
                    state = child
                }
                if nodes[Int(state)].firstPattern < 0 {
                    nodes[Int(state)].firstPattern = pattern
                } else {
                    var last = Int(nodes[Int(state)].firstPattern)
                    while nextPattern[last] >= 0 { last = Int(nextPattern[last]) }
                    nextPattern[last] = pattern
                }
            }
        }

        // The states in order of depth (a counting sort), so that a state's failure link is
        // computed after those of every shallower state.
        var maxDepth = 0
        for node in nodes { maxDepth = max(maxDepth, Int(node.depth)) }
        var levelStart = [Int](repeating: 0, count: maxDepth + 2)
        for node in nodes { levelStart[Int(node.depth) + 1] += 1 }
        for level in 0..<(maxDepth + 1) { levelStart[level + 1] += levelStart[level] }
        var byDepth = [Int32](repeating: 0, count: nodes.count)
        for (state, node) in nodes.enumerated() {
            byDepth[levelStart[Int(node.depth)]] = Int32(state)
            levelStart[Int(node.depth)] += 1
        }

        let transitions = trie.table
        var states = [State](repeating: State(), count: nodes.count)
        states.withUnsafeMutableBufferPointer { states in
            states[0].firstPattern = nodes[0].firstPattern
            for state in byDepth.dropFirst() {
                let node = nodes[Int(state)]
                states[Int(state)].firstPattern = node.firstPattern
                guard node.parent != 0 else { continue }
                var candidate = states[Int(node.parent)].fail
                var target = transitions.child(of: candidate, node.key)
                while target < 0 && candidate != 0 {
                    candidate = states[Int(candidate)].fail
                    target = transitions.child(of: candidate, node.key)
                }
                let link = max(target, 0)
                states[Int(state)].fail = link
                states[Int(state)].outputLink = nodes[Int(link)].firstPattern >= 0 ? link : states[Int(link)].outputLink
            }
        }

        var rootASCII = [Int32](repeating: -1, count: 128)
        for key in 0..<UInt32(128) { rootASCII[Int(key)] = transitions.child(of: 0, key) }
        var values: [Int32] = []
        values.reserveCapacity(3 * states.count)
        for state in states {
            values.append(state.fail)
            values.append(state.firstPattern)
            values.append(state.outputLink)
        }
        self.nextPattern = Table(nextPattern)
        self.rootASCII = Table(rootASCII)
        self.transitions = transitions
        self.states = Table(values)
    }

    /// The automaton `tables` hold (built beforehand by this type's other initialiser), for a
    /// matcher of `patterns` patterns: read in place, not copied.
    init(_ tables: PhraseAutomatonTables, patterns: Int) {
        nextPattern = Table(constant: tables.next_pattern, count: patterns)
        rootASCII = Table(constant: tables.root_ascii, count: 128)
        transitions = TransitionTable(slots: Table(constant: tables.slots, count: Int(tables.slot_count)),
                                      shift: UInt64(tables.shift), count: Int(tables.edge_count))
        states = Table(constant: tables.states, count: 3 * Int(tables.state_count))
    }

    /// How many states the automaton has.
    var stateCount: Int { states.count / 3 }
    @inline(__always) func fail(_ state: Int32) -> Int32 { states[3 * Int(state)] }
    @inline(__always) func firstPattern(_ state: Int32) -> Int32 { states[3 * Int(state) + 1] }
    @inline(__always) func outputLink(_ state: Int32) -> Int32 { states[3 * Int(state) + 2] }

    @inline(__always)
    private static func key(_ scalar: Unicode.Scalar) -> UInt32 {
        scalar == "\n" || scalar == TextFolding.paragraph ? 0x20 : scalar.value
    }

    @inline(__always)
    private func step(_ state: Int32, _ key: UInt32) -> Int32 {
        if state == 0 && key < 128 { return rootASCII[Int(key)] }
        return transitions.child(of: state, key)
    }

    /// Every occurrence of the automaton's phrases in `text` (`shapes` gives each pattern's
    /// length and boundaries): by end position, and at one end the longest first.
    func hits(in text: [Unicode.Scalar], shapes: [PhraseShape]) -> [PhraseMatcher.Hit] {
        var hits: [PhraseMatcher.Hit] = []
        var state: Int32 = 0
        for position in text.indices {
            let key = Self.key(text[position])
            while true {
                let next = step(state, key)
                if next >= 0 { state = next; break }
                if state == 0 { break }
                state = fail(state)
            }
            var output = firstPattern(state) >= 0 ? state : outputLink(state)
            while output >= 0 {
                var index = firstPattern(output)
                while index >= 0 {
                    let shape = shapes[Int(index)]
                    let start = position + 1 - Int(shape.length)
                    let startsInWord = shape.boundaryStart && start > 0 && TextFolding.isWordScalar(text[start - 1])
                    let endsInWord = shape.boundaryEnd && position + 1 < text.count && TextFolding.isWordScalar(text[position + 1])
                    if !startsInWord && !endsInWord {
                        hits.append(PhraseMatcher.Hit(pattern: Int(index), start: start, end: position + 1))
                    }
                    index = nextPattern[Int(index)]
                }
                output = outputLink(output)
            }
        }
        return hits
    }
}

/// The automaton's edges, keyed by (state, scalar), in one open-addressing table with linear
/// probing: a slot holds the state (22 bits), the scalar (21 bits) and the child (21 bits), and 0
/// when empty (no edge leads to the root). `Builder` fills it, doubling it before it is
/// three-quarters full.
struct TransitionTable: Sendable {
    /// A power of two of them.
    let slots: Table<UInt64>
    let shift: UInt64
    /// How many slots are used.
    let count: Int
    private static let childBits: UInt64 = 21
    private static let childMask: UInt64 = (1 << childBits) - 1

    @inline(__always)
    private static func label(_ state: Int32, _ key: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 42 | UInt64(key) << childBits
    }

    @inline(__always)
    private static func home(_ label: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (label &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child of `state` along `key`, or -1.
    @inline(__always)
    func child(of state: Int32, _ key: UInt32) -> Int32 {
        let label = Self.label(state, key)
        let mask = slots.count - 1
        var slot = Self.home(label, shift: shift)
        while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if entry & ~Self.childMask == label { return Int32(truncatingIfNeeded: entry & Self.childMask) }
            slot = (slot + 1) & mask
        }
    }

    /// The table while a trie is built.
    struct Builder {
        private var slots: [UInt64]
        private var shift: UInt64
        private var count = 0

        init(expectedEdges: Int) {
            var bits: UInt64 = 4
            while (1 << bits) < expectedEdges + 1 { bits += 1 }
            slots = [UInt64](repeating: 0, count: 1 << bits)
            shift = 64 - bits
        }

        /// The table built so far.
        var table: TransitionTable { TransitionTable(slots: Table(slots), shift: shift, count: count) }

        /// The child of `state` along `key`; when there is none, `created` (below 2^21) becomes it.
        mutating func child(of state: Int32, _ key: UInt32, insertingIfAbsent created: Int32) -> Int32 {
            let label = TransitionTable.label(state, key)
            let mask = slots.count - 1
            var slot = TransitionTable.home(label, shift: shift)
            while true {
                let entry = slots[slot]
                if entry == 0 { break }
                if entry & ~TransitionTable.childMask == label { return Int32(truncatingIfNeeded: entry & TransitionTable.childMask) }
                slot = (slot + 1) & mask
            }
            slots[slot] = label | UInt64(created)
            count += 1
            if count * 4 >= slots.count * 3 { grow() }
            return created
        }

        private mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: 0, count: old.count * 2)
            shift -= 1
            let mask = slots.count - 1
            for entry in old where entry != 0 {
                var slot = TransitionTable.home(entry & ~TransitionTable.childMask, shift: shift)
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }
}

/// Read-only elements, read in place: constant data compiled into the binary (the lexicon's
/// tables, which a process then never copies: that cost every lint 0.5 M instructions) or a
/// copy of the array a matcher built when it was made.
struct Table<Element: BitwiseCopyable>: @unchecked Sendable {
    private let base: UnsafePointer<Element>
    let count: Int
    /// Owns the copy of an array (freed with the last table that shares it); nil for constant data.
    private let owner: Allocation?

    /// Constant data, which nothing writes and which lives as long as the process.
    init(constant base: UnsafePointer<Element>, count: Int) {
        self.base = base
        self.count = count
        owner = nil
    }

    init(_ elements: [Element]) {
        let allocation = Allocation(copying: elements)
        base = UnsafePointer(allocation.memory.assumingMemoryBound(to: Element.self))
        count = elements.count
        owner = allocation
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        return base[index]
    }

    /// The elements, as an array (for tests and the table generator).
    var elements: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// The memory of a copied array of trivial values (see `Table`).
private final class Allocation: @unchecked Sendable {
    let memory: UnsafeMutableRawPointer

    init<Element: BitwiseCopyable>(copying elements: [Element]) {
        memory = .allocate(byteCount: max(1, elements.count * MemoryLayout<Element>.stride), alignment: MemoryLayout<Element>.alignment)
        elements.withUnsafeBytes { bytes in
            if let source = bytes.baseAddress { memory.copyMemory(from: source, byteCount: bytes.count) }
        }
        memory.bindMemory(to: Element.self, capacity: elements.count)
    }

    deinit { memory.deallocate() }
}
