// libFuzzer entry point: arbitrary bytes as an AWS config or credentials file, through
// everything that reads one — the INI reader, the profile map (both files), each profile's
// readability, its region check, its credential_process command line split, and the password
// redaction of its endpoint_url. Invariants: no crash or hang; every problem names a line that
// exists and never quotes more of it than a key; a region that passes the check is one DNS label.
// Built only by scripts/fuzz (SESAME_FUZZ=1), in a debug build, so internals are testable.
@testable import SesameAWS

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAWSConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lineCount = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.count
    let file: INIFile
    do {
        file = try INIFile(parsing: text)
    } catch {
        check(error, lines: lineCount)
        return 0
    }
    for section in file.sections.values {
        for problem in section.problems { check(problem, lines: lineCount) }
    }
    let config = SharedConfig(configFile: file, credentialsFile: file)
    for profile in config.profiles.values {
        _ = try? profile.checkReadable()
        if let region = try? RegionResolver.region(explicit: nil, environment: [:], profile: profile),
           region.utf8.count > RegionResolver.maximumLength || region.utf8.contains(where: { !(0x61...0x7A).contains($0) && !(0x30...0x39).contains($0) && $0 != 0x2D }) {
            fatalError("a region that cannot be a host label passed the check")
        }
        if let commandLine = profile["credential_process"] { _ = try? ShellWords.split(commandLine) }
        if let url = profile["endpoint_url"] {
            let shown = URLParts.redactingPassword(in: url)
            if shown != url, !shown.contains("<redacted>") { fatalError("redaction changed the URL without redacting") }
        }
    }
    return 0
}

/// A problem's line exists, and its text is one of the fixed sentences (a nested one names only its key).
private func check(_ problem: INIFile.Problem, lines: Int) {
    guard (1...max(lines, 1)).contains(problem.line) else { fatalError("problem at line \(problem.line) of \(lines)") }
    let fixed = [
        "line \(problem.line) is neither a [section] header nor `key = value`",
        "line \(problem.line) has no key before its `=` or `:`",
        "line \(problem.line) sets a key before any [section] header",
    ]
    if case let .nestedNotKeyValue(parent) = problem.reason {
        guard problem.description == "line \(problem.line), indented under `\(parent) =`, is not `name = value`" else { fatalError("unexpected text") }
    } else if !fixed.contains(problem.description) {
        fatalError("a problem's description quotes the file: \(problem.description.utf8.count) bytes")
    }
}
