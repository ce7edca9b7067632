import Foundation
import SesameAWS
import Synchronization

/// A small in-memory SES v2 and AWS Support for in-process command tests: accounts by region,
/// PutAccountDetails opening a review, CreateCase opening a case, and faults scripted per
/// operation. Signatures are not checked here; the emulator suites do that end to end.
final class FakeSES: HTTPTransport {
    /// What PutAccountDetails does in a region.
    enum PutBehaviour: Sendable {
        /// Opens a pending review (case `case-<region>`).
        case accept
        /// Opens the review, then the answer is lost on the way back (the client retries).
        case acceptThenLoseTheAnswer
        /// Answers an error with this status, code and message.
        case fail(Int, String, String)
    }

    struct Account: Sendable {
        var productionAccess = false
        var reviewStatus: String?
        var caseID: String?
        var max24HourSend = 200.0
        var sentLast24Hours = 0.0
    }

    private struct State {
        var accounts: [String: Account] = [:]
        var put: [String: PutBehaviour] = [:]
        var getAccountFailure: (Int, String, String)?
        var supportPlan = true
        var operations: [String] = []
        var communications: [String] = []
    }

    private let state = Mutex(State())

    func setAccount(_ region: String, _ account: Account) { state.withLock { $0.accounts[region] = account } }
    func onPut(_ region: String, _ behaviour: PutBehaviour) { state.withLock { $0.put[region] = behaviour } }
    func failGetAccount(_ status: Int, _ code: String, _ message: String) { state.withLock { $0.getAccountFailure = (status, code, message) } }
    func removeSupportPlan() { state.withLock { $0.supportPlan = false } }
    /// `Operation region` for every request, in order.
    var operations: [String] { state.withLock { $0.operations } }
    /// The bodies AddCommunicationToCase added, in order.
    var communications: [String] { state.withLock { $0.communications } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let host = URLComponents(string: request.url)?.host ?? ""
        let region = host.split(separator: ".").dropFirst().first.map(String.init) ?? ""
        let path = URLComponents(string: request.url)?.path ?? ""
        if host.hasPrefix("support.") { return try supportCase(request, region: region) }
        switch (request.method, path) {
        case ("GET", "/v2/email/account"): return getAccount(region)
        case ("POST", "/v2/email/account/details"): return try putAccountDetails(region, url: request.url)
        case ("GET", "/v2/email/identities"):
            log("ListEmailIdentities", region)
            return .json(200, #"{"EmailIdentities":[]}"#)
        case ("GET", "/v2/email/configuration-sets"):
            log("ListConfigurationSets", region)
            return .json(200, #"{"ConfigurationSets":[]}"#)
        default:
            return .json(404, #"{"message":"no such operation in FakeSES"}"#, code: "NotFoundException")
        }
    }

    private func log(_ operation: String, _ region: String) {
        state.withLock { $0.operations.append("\(operation) \(region)") }
    }

    private func getAccount(_ region: String) -> HTTPResponse {
        log("GetAccount", region)
        let (account, failure) = state.withLock { ($0.accounts[region] ?? Account(), $0.getAccountFailure) }
        if let (status, code, message) = failure { return .json(status, #"{"message":"\#(message)"}"#, code: code) }
        var review = ""
        if account.reviewStatus != nil || account.caseID != nil {
            let status = account.reviewStatus.map { #""Status":"\#($0)""# }
            let caseID = account.caseID.map { #""CaseId":"\#($0)""# }
            review = #","Details":{"ReviewDetails":{\#([status, caseID].compactMap { $0 }.joined(separator: ","))}}"#
        }
        return .json(200, """
        {"ProductionAccessEnabled":\(account.productionAccess),"SendingEnabled":true,"EnforcementStatus":"HEALTHY",\
        "SendQuota":{"Max24HourSend":\(account.max24HourSend),"MaxSendRate":1,"SentLast24Hours":\(account.sentLast24Hours)}\(review)}
        """)
    }

    private func putAccountDetails(_ region: String, url: String) throws -> HTTPResponse {
        log("PutAccountDetails", region)
        let behaviour = state.withLock { $0.put[region] ?? .accept }
        if case let .fail(status, code, message) = behaviour { return .json(status, #"{"message":"\#(message)"}"#, code: code) }
        let opened = state.withLock { state -> Bool in
            if state.accounts[region]?.reviewStatus == "PENDING" { return false }
            state.accounts[region, default: Account()].reviewStatus = "PENDING"
            state.accounts[region, default: Account()].caseID = "case-\(region)"
            return true
        }
        guard opened else { return .json(409, #"{"message":"An account details review is already in progress."}"#, code: "ConflictException") }
        if case .acceptThenLoseTheAnswer = behaviour {
            state.withLock { $0.put[region] = .accept }
            throw TransportError(kind: .connectionReset, url: url, detail: "the answer was lost")
        }
        return .json(200, "{}")
    }

    /// CreateCase opens `case-support-1`; AddCommunicationToCase keeps the body (`communications`);
    /// DescribeCases knows no case numbers.
    private func supportCase(_ request: HTTPRequest, region: String) throws -> HTTPResponse {
        let target = request.headers.first { $0.name.lowercased() == "x-amz-target" }?.value ?? ""
        let operation = String(target.split(separator: ".").last ?? "")
        log(operation, region)
        guard state.withLock({ $0.supportPlan }) else {
            return .json(400, #"{"__type":"SubscriptionRequiredException","message":"AWS Premium Support Subscription is required to use this service."}"#)
        }
        switch operation {
        case "AddCommunicationToCase":
            let body = (try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])?["communicationBody"] as? String
            state.withLock { $0.communications.append(body ?? "") }
            return .json(200, #"{"result":true}"#)
        case "DescribeCases": return .json(200, #"{"cases":[]}"#)
        default: return .json(200, #"{"caseId":"case-support-1"}"#)
        }
    }
}

extension HTTPResponse {
    static func json(_ status: Int, _ body: String, code: String? = nil) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")] + (code.map { [("X-Amzn-ErrorType", $0)] } ?? []),
                     body: Array(body.utf8))
    }
}
