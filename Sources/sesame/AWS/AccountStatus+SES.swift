import SesameAWS
import SesameCore

extension AccountStatus {
    /// GetAccount's answer as the plain values `submit` and `status` judge.
    init(_ account: SESAccount) {
        let quota = account.sendQuota
        let review = account.details?.review
        self.init(
            productionAccess: account.productionAccessEnabled, sendingEnabled: account.sendingEnabled,
            enforcementStatus: account.enforcementStatus, max24HourSend: quota?.max24HourSend,
            maxSendRate: quota?.maxSendRate, sentLast24Hours: quota?.sentLast24Hours,
            review: Review(status: review?.status, caseID: review?.caseId))
    }
}

extension SESv2Client {
    /// GetAccount, as Core's `AccountStatus`.
    func accountStatus() async throws -> AccountStatus {
        AccountStatus(try await getAccount())
    }
}
