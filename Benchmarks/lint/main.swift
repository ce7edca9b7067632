// Times `Linter.lint` on a 5000-character English draft and a 5000-character Japanese draft,
// in process, and prints the median CPU time per lint. Run with Benchmarks/lint/run.sh.
import SesameCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func cpuNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func readFile(_ path: String) -> String {
    guard let file = fopen(path, "r") else { fatalError("cannot open \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Exactly `count` scalars, repeating the sources as needed.
func draft(of count: Int, from sources: [String]) -> String {
    var scalars = String.UnicodeScalarView()
    var length = 0 // `scalars.count` walks the whole view: count as we go
    var i = 0
    while length < count {
        for s in sources[i % sources.count].unicodeScalars where length < count {
            scalars.append(s)
            length += 1
        }
        scalars.append("\n")
        length += 1
        i += 1
    }
    return String(String(scalars).unicodeScalars.prefix(count))
}

func ms(_ value: Double) -> String {
    let micro = Int((value * 1000).rounded())
    let frac = String(micro % 1000)
    return "\(micro / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
}

let args = CommandLine.arguments
let fixtures = args.count > 1 ? args[1] : "Tests/SesameCoreTests/Fixtures/drafts"
let iterations = args.count > 2 ? Int(args[2]) ?? 500 : 500
// An optional third argument, EN or JA, times one language only and skips the dense draft
// (for profiling one language under callgrind).
let only = args.count > 3 ? args[3].uppercased() : nil
let english = draft(of: 5000, from: ["en-too-long.txt", "en-good-saas.txt"].map { readFile(fixtures + "/" + $0) })
let japanese = draft(of: 5000, from: ["ja-good-eikaiwa.txt", "ja-good-ec-newsletter.txt", "ja-good-saas.txt", "ja-bad-meibo.txt"].map { readFile(fixtures + "/" + $0) })

let linter = Linter()
for (name, text) in [("EN", english), ("JA", japanese)] where only == nil || only == name {
    let document = LintDocument.plainDraft(path: "bench.txt", text: text)
    var findings = 0
    for _ in 0..<20 { findings = linter.lint(document).diagnostics.count } // warm-up
    var samples: [UInt64] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = cpuNanoseconds()
        findings &+= linter.lint(document).diagnostics.count
        samples.append(cpuNanoseconds() - start)
    }
    samples.sort()
    let median = Double(samples[samples.count / 2]) / 1_000_000
    let p90 = Double(samples[samples.count * 9 / 10]) / 1_000_000
    let scalars = text.unicodeScalars.count
    print("\(name) draft, \(scalars) scalars, \(iterations) iterations: median \(ms(median)) ms CPU per lint, p90 \(ms(p90)) ms (checksum \(findings))")
}

if only != nil { exit(0) }

// A 1 MiB draft dense with findings (a placeholder and a red flag on every line): lint must stay
// linear in the text size however many findings there are (issue #14: `Linter.place` used to
// scan the whole text once per finding).
let denseLine = "We bought a list of TODO contacts and send XXX offers; [Company Name] will decide.\n"
var dense = ""
while dense.utf8.count + denseLine.utf8.count <= 1 << 20 { dense += denseLine }
let denseDocument = LintDocument.plainDraft(path: "dense.txt", text: dense)
let denseStart = cpuNanoseconds()
let denseFindings = linter.lint(denseDocument).diagnostics.count
let denseTime = Double(cpuNanoseconds() - denseStart) / 1_000_000
print("dense 1 MiB draft, \(dense.unicodeScalars.count) scalars, \(denseFindings) findings: \(ms(denseTime)) ms CPU")
