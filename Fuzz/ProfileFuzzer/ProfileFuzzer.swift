// libFuzzer entry point: arbitrary bytes through the YAML loader, the profile validator,
// the lint adapter and the renderer. Built only by scripts/fuzz (SESAME_FUZZ=1).
import SesameCore

/// Runs one complete profile through every stage once, so that lazily built globals (the schema,
/// the rule catalogue, the templates) exist before fuzzing and are not mistaken for leaks.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let profile = """
    version: 1
    mail_type: MARKETING
    website_url: https://shop.example-books.co.uk
    contact_language: JA
    additional_contacts: [ops@example-books.co.uk]
    regions: [eu-west-2]
    use_case:
      business: A bookshop.
      recipients: Subscribers.
      list_acquisition: Double opt-in.
      bounce_handling: SNS; hard bounces removed.
      complaint_handling: SNS; unsubscribed at once.
      opt_out: One-click unsubscribe link.
      sending: {daily_volume: 5000, peak_per_second: 5, rationale: 4300 subscribers}
      content: New arrivals.
    lint: {disable: [too-short], severity: {business-unnamed: info}}
    """
    for language in [Language.en, .ja] {
        _ = Array(profile.utf8).withUnsafeBufferPointer { fuzzProfile($0.baseAddress!, $0.count) }
        if let document = try? ProfileLoader.parse(Array(profile.utf8), path: "warm.yaml"), let parsed = document.profile {
            _ = try? RequestRenderer.useCaseDescription(for: parsed, language: language)
        }
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProfile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? ProfileLoader.parse(bytes, path: "fuzz.yaml") else { return 0 }
    _ = Linter().lint(LintDocument(profile: document, renderedLength: document.profile.map(RequestRenderer.useCaseLength)))
    if let profile = document.profile {
        _ = try? RequestRenderer.useCaseDescription(for: profile, language: .en)
        _ = try? ProfileWriter.yaml(for: profile)
    }
    return 0
}
