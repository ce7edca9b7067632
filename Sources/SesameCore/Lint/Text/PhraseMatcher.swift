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
    /// The root's ASCII transitions, dense: most steps of a scan start or restart at the root.
    private var rootASCII: [Int32]
    /// Every node's transitions in compressed rows: the edges of node `n` are
    /// `edgeKeys/edgeTargets[edgeStart[n]..<edgeStart[n + 1]]`, sorted by key. About twenty
    /// thousand nodes fit in a few hundred kilobytes, built in a fraction of a millisecond.
    private var edgeStart: [Int32]
    private var edgeKeys: [UInt32]
    private var edgeTargets: [Int32]
    private var fail: [Int32]
    private var output: [[Int32]]

    public init(_ lexicon: [(Concept, [String])]) {
        var patterns: [Pattern] = []
        // The trie, built with a short edge list per node.
        var children: [[(key: UInt32, child: Int32)]] = [[]]
        var output: [[Int32]] = [[]]
        func child(_ node: Int, _ key: UInt32) -> Int32 {
            for edge in children[node] where edge.key == key { return edge.child }
            return -1
        }
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
                    let existing = child(node, key)
                    if existing >= 0 {
                        node = Int(existing)
                    } else {
                        let created = Int32(children.count)
                        children.append([])
                        output.append([])
                        children[node].append((key, created))
                        node = Int(created)
                    }
                }
                output[node].append(index)
            }
        }
        // Breadth-first failure links.
        var fail = [Int32](repeating: 0, count: children.count)
        var queue: [Int] = children[0].map { Int($0.child) }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (key, edgeChild) in children[node] {
                let next = Int(edgeChild)
                queue.append(next)
                var f = Int(fail[node])
                while f != 0 && child(f, key) < 0 { f = Int(fail[f]) }
                let target = child(f, key)
                fail[next] = target >= 0 && Int(target) != next ? target : 0
                output[next].append(contentsOf: output[Int(fail[next])])
            }
        }
        // Compress the edge lists into rows.
        var edgeStart: [Int32] = []
        var edgeKeys: [UInt32] = []
        var edgeTargets: [Int32] = []
        edgeStart.reserveCapacity(children.count + 1)
        for edges in children {
            edgeStart.append(Int32(edgeKeys.count))
            for edge in edges.sorted(by: { $0.key < $1.key }) {
                edgeKeys.append(edge.key)
                edgeTargets.append(edge.child)
            }
        }
        edgeStart.append(Int32(edgeKeys.count))
        var rootASCII = [Int32](repeating: -1, count: 128)
        for edge in children[0] where edge.key < 128 { rootASCII[Int(edge.key)] = edge.child }
        self.patterns = patterns
        self.rootASCII = rootASCII
        self.edgeStart = edgeStart
        self.edgeKeys = edgeKeys
        self.edgeTargets = edgeTargets
        self.fail = fail
        self.output = output
    }

    @inline(__always)
    private static func key(_ scalar: Unicode.Scalar) -> UInt32 {
        scalar == "\n" || scalar == TextFolding.paragraph ? 0x20 : scalar.value
    }

    @inline(__always)
    private func lookup(_ node: Int, _ key: UInt32) -> Int32 {
        if node == 0 && key < 128 { return rootASCII[Int(key)] }
        var low = Int(edgeStart[node])
        var high = Int(edgeStart[node + 1])
        while low < high {
            let middle = (low + high) >> 1
            let found = edgeKeys[middle]
            if found == key { return edgeTargets[middle] }
            if found < key { low = middle + 1 } else { high = middle }
        }
        return -1
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
