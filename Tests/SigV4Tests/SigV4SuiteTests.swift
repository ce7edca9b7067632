import Foundation
import SigV4
import Testing

/// Every case of AWS's SigV4 test suite, checked stage by stage with the suite's fixed
/// clock and keys (`shared/testdata/sigv4/README.md`).
///
/// All 34 cases apply to non-S3 signing and none is skipped:
/// - `normalize-path/*` expect dot-segment removal and collapsed slashes, which non-S3
///   services require (only S3 forbids it).
/// - Paths in `.req` are raw; encoding the raw path once equals double-encoding the wire
///   path (see `SuiteCase.request()`), so the same signer code serves both.
/// - `post-sts-token/post-sts-header-after` adds the token *after* signing. Its `.creq`
///   has no token line, so the harness signs without one and the case checks that a
///   request without a session token signs only `host;x-amz-date`. sesame itself always
///   signs the token (the "before" case).
@Suite struct SigV4SuiteTests {
    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z
    static let accessKeyId = "AKIDEXAMPLE"
    static let secretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"

    @Test func suiteHasEveryCase() {
        #expect(SuiteCase.all().count == 34)
    }

    @Test(arguments: SuiteCase.all())
    func matchesStageByStage(_ suiteCase: SuiteCase) throws {
        let signer = SigV4Signer(
            credentials: SigningCredentials(accessKeyId: Self.accessKeyId, secretAccessKey: Self.secretAccessKey,
                                            sessionToken: try suiteCase.sessionToken()),
            service: "service", region: "us-east-1")
        let timestamp = SigV4Timestamp(Self.date)
        let prepared = signer.prepare(try suiteCase.request(), timestamp: timestamp)

        let canonical = CanonicalRequest(prepared)
        #expect(canonical.text == (try suiteCase.file("creq")))
        #expect(signer.stringToSign(canonical, timestamp: timestamp) == (try suiteCase.file("sts")))
        #expect(signer.authorization(canonical, timestamp: timestamp) == (try suiteCase.file("authz")))

        let signed = signer.sign(try suiteCase.request(), date: Self.date)
        #expect(signed.header("Authorization") == (try suiteCase.file("authz")))
    }
}
