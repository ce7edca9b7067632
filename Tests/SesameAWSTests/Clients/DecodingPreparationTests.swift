import Foundation
import Testing
@testable import SesameAWS

/// The answer `SESAccount.prepareDecoding()` decodes while libcurl loads: it must decode to the
/// end (a member that failed would leave the types after it to the real answer's decoding).
@Suite struct DecodingPreparationTests {
    @Test func thePreparationAnswerDecodesAsASandboxAccount() throws {
        let account = try JSONDecoder().decode(SESAccount.self, from: Data(SESAccount.preparationAnswer.utf8))
        #expect(!account.productionAccessEnabled)
        #expect(account.sendingEnabled)
        #expect(account.enforcementStatus == "HEALTHY")
        #expect(account.sendQuota == SESAccount.SendQuota(max24HourSend: 200, maxSendRate: 1, sentLast24Hours: 0))
        #expect(account.suppressedReasons.isEmpty)
        #expect(account.details == nil)
        SESAccount.prepareDecoding()
    }
}
