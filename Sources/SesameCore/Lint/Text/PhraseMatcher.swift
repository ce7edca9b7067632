/// Finds every phrase of a lexicon in folded text in one pass (Aho–Corasick).
///
/// Phrase syntax: text folded like the input; a trailing `*` lets the phrase end inside a
/// word (`bounce*` matches "bounced"); a leading `~` lets it start inside one (`~n't`).
/// Otherwise a phrase that starts or ends with a letter or digit must start or end at a word
/// boundary. A space in a phrase matches any single white-space scalar (line breaks included).
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

    public private(set) var patterns: [Pattern] = []
    private var asciiNext: [[Int32]]
    private var otherNext: [[UInt32: Int32]]
    private var fail: [Int32]
    private var output: [[Int32]]

    public init(_ lexicon: [(Concept, [String])]) {
        var patterns: [Pattern] = []
        asciiNext = [Array(repeating: -1, count: 128)]
        otherNext = [[:]]
        fail = [0]
        output = [[]]
        for (concept, phrases) in lexicon {
            for raw in phrases {
                var phrase = Substring(raw)
                var boundaryStart = true
                var boundaryEnd = true
                if phrase.hasPrefix("~") { phrase = phrase.dropFirst(); boundaryStart = false }
                if phrase.hasSuffix("*") { phrase = phrase.dropLast(); boundaryEnd = false }
                let folded = TextFolding.fold(String(phrase)).scalars
                guard let first = folded.first, let last = folded.last else { continue }
                let index = Int32(patterns.count)
                patterns.append(Pattern(
                    concept: concept, phrase: raw, length: folded.count,
                    boundaryStart: boundaryStart && TextFolding.isWordScalar(first),
                    boundaryEnd: boundaryEnd && TextFolding.isWordScalar(last)
                ))
                var node = 0
                for scalar in folded {
                    let key = Self.key(scalar)
                    let existing = lookup(node, key)
                    if existing >= 0 {
                        node = Int(existing)
                    } else {
                        asciiNext.append(Array(repeating: -1, count: 128))
                        otherNext.append([:])
                        fail.append(0)
                        output.append([])
                        let created = Int32(asciiNext.count - 1)
                        set(node, key, created)
                        node = Int(created)
                    }
                }
                output[node].append(index)
            }
        }
        self.patterns = patterns
        // Breadth-first failure links.
        var queue: [Int] = []
        for (_, child) in children(of: 0) {
            fail[child] = 0
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (key, child) in children(of: node) {
                queue.append(child)
                var f = Int(fail[node])
                while f != 0 && lookup(f, key) < 0 { f = Int(fail[f]) }
                let target = lookup(f, key)
                fail[child] = target >= 0 && Int(target) != child ? target : 0
                output[child].append(contentsOf: output[Int(fail[child])])
            }
        }
    }

    @inline(__always)
    private static func key(_ scalar: Unicode.Scalar) -> UInt32 {
        scalar == "\n" || scalar == TextFolding.paragraph ? 0x20 : scalar.value
    }

    @inline(__always)
    private func lookup(_ node: Int, _ key: UInt32) -> Int32 {
        key < 128 ? asciiNext[node][Int(key)] : (otherNext[node][key] ?? -1)
    }

    private mutating func set(_ node: Int, _ key: UInt32, _ value: Int32) {
        if key < 128 { asciiNext[node][Int(key)] = value } else { otherNext[node][key] = value }
    }

    private func children(of node: Int) -> [(UInt32, Int)] {
        var result: [(UInt32, Int)] = []
        for (key, child) in asciiNext[node].enumerated() where child >= 0 { result.append((UInt32(key), Int(child))) }
        for (key, child) in otherNext[node].sorted(by: { $0.key < $1.key }) { result.append((key, Int(child))) }
        return result
    }

    /// Every occurrence of every phrase in `text`, respecting word boundaries.
    public func hits(in text: [Unicode.Scalar]) -> [Hit] {
        var hits: [Hit] = []
        var node = 0
        for (position, scalar) in text.enumerated() {
            let key = Self.key(scalar)
            while true {
                let next = lookup(node, key)
                if next >= 0 { node = Int(next); break }
                if node == 0 { break }
                node = Int(fail[node])
            }
            for index in output[node] {
                let pattern = patterns[Int(index)]
                let start = position + 1 - pattern.length
                if pattern.boundaryStart, start > 0, TextFolding.isWordScalar(text[start - 1]) { continue }
                if pattern.boundaryEnd, position + 1 < text.count, TextFolding.isWordScalar(text[position + 1]) { continue }
                hits.append(Hit(pattern: Int(index), start: start, end: position + 1))
            }
        }
        return hits
    }
}
