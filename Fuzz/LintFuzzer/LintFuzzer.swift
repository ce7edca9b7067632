// libFuzzer entry point: arbitrary text (English, Japanese, anything) through the linter
// as a plain draft, with and without a declared mail type. Built only by scripts/fuzz.
import SesameCore

/// Lints a draft in each language once, so that lazily built globals (the catalogue, the
/// lexicons) exist before fuzzing and are not mistaken for leaks.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    for text in ["We bought a list. TODO. Unsubscribe by reply.", "名簿業者から購入したリストに送ります。配信停止は月末に反映します。"] {
        for size in 0..<3 {
            let padded = text + String(repeating: " ", count: size)
            _ = Array(padded.utf8).withUnsafeBufferPointer { fuzzLint($0.baseAddress!, $0.count) }
        }
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = try? DraftText.decode(bytes, path: "fuzz.txt") else { return 0 }
    let types: [MailType?] = [nil, .marketing, .transactional]
    let type = types[Int(size % 3)]
    _ = Linter().lint(.plainDraft(path: "fuzz.txt", text: text, mailType: type))
    return 0
}
