@testable import sesame
import Foundation
import SesameCore
import Testing
import TestSupport

/// Every JSON document sesame prints starts with `"schema_version"`, except the two that are
/// other people's formats: the `PutAccountDetails` body and the JSON Schema.
@Suite struct JSONDocumentTests {
    private let profile = TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml").path

    private func version(_ text: String) throws -> Int? {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return object["schema_version"] as? Int
    }

    @Test func theVersionComesFirstAndOnlyOnObjects() {
        let document = JSONValue.object([("a", .int(1))]).versionedDocument
        #expect(document.serialized() == #"{"schema_version":1,"a":1}"#)
        #expect(JSONValue.array([]).versionedDocument == .array([]))
    }

    @Test func everyReportCarriesIt() async throws {
        let aws = FakeSES()
        let sesame = InProcessSesame.aws(aws)
        for arguments in [
            ["status", "--region", "us-east-1", "--format", "json"],
            ["doctor", "--region", "us-east-1", "--format", "json"],
            ["submit", profile, "--yes", "--force", "--region", "us-east-1", "--format", "json"],
            ["reply", profile, "--format", "json"],
            ["validate", profile, "--format", "json"],
            ["lint", profile, "--format", "json"],
            ["lint", "--list-rules", "--format", "json"],
        ] {
            let result = await sesame.run(arguments)
            #expect(try version(result.stdout) == 1, "\(arguments.joined(separator: " ")): \(result.stderr)")
        }
    }

    @Test func otherPeoplesFormatsDoNot() async throws {
        let sesame = InProcessSesame()
        #expect(try version(await sesame.run(["render", profile, "--format", "json"]).stdout) == nil)
        #expect(try version(await sesame.run(["schema"]).stdout) == nil)
    }
}
