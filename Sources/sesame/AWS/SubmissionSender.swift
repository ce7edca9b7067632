import SesameAWS
import SesameCore

/// Where the request goes: the SES v2 API, or an AWS Support case.
enum SubmissionChannel: String, CaseIterable, Sendable {
    case ses
    case support
}

/// `submit`'s calls to AWS, region by region and all at once; what the answers mean is
/// `SubmissionPlanner`'s to say.
struct SubmissionSender: Sendable {
    let session: AWSSession
    let progress: SubmissionProgress
    /// The language failures are reported in: the progress lines'.
    private var language: Language { progress.language }

    /// GetAccount in every region, and the plan for each.
    func plan(_ regions: [String], force: Bool) async -> [RegionOutcome] {
        await forEachRegion(regions) { region in await plan(region, force: force) }
    }

    /// GetAccount in `region`, and the plan for it; an opt-in region the account has not
    /// enabled is skipped.
    func plan(_ region: String, force: Bool) async -> RegionOutcome {
        progress.say(region, SubmissionMessages.checkingAccount)
        do {
            let account = try await session.sesv2(region: region).accountStatus()
            return SubmissionPlanner.plan(region: region, account: account, force: force)
        } catch where AWSFailure.isRegionNotEnabled(error, region: region) {
            return SubmissionPlanner.notEnabled(region: region)
        } catch {
            return .failed(region, AWSFailure.reported(error, in: language))
        }
    }

    /// PutAccountDetails in each region; `pendingBefore` are the regions that had a pending
    /// review when they were checked (a ConflictException there is not a lost first attempt).
    func submitThroughSES(_ request: SubmissionRequest, regions: [String], pendingBefore: Set<String>) async -> [RegionOutcome] {
        await forEachRegion(regions) { region in
            await submitThroughSES(request, in: region, wasPending: pendingBefore.contains(region))
        }
    }

    /// PutAccountDetails in `region`, and the review it opened.
    func submitThroughSES(_ request: SubmissionRequest, in region: String, wasPending: Bool) async -> RegionOutcome {
        progress.say(region, SubmissionMessages.sendingRequest)
        do {
            let client = try session.sesv2(region: region)
            try await client.putAccountDetails(jsonBody: request.body)
            do {
                return SubmissionPlanner.submitted(region: region, accountAfter: .success(try await client.accountStatus()))
            } catch {
                return SubmissionPlanner.submitted(region: region, accountAfter: .failure(AWSFailure.reported(error, in: language)))
            }
        } catch let error as AWSServiceError where error.isConflict {
            let after = try? await session.sesv2(region: region).accountStatus()
            return SubmissionPlanner.conflict(region: region, message: TerminalText.sanitized(error.message),
                                              wasPendingBefore: wasPending, accountAfter: after)
        } catch {
            return .failed(region, AWSFailure.reported(error, in: language))
        }
    }

    /// One AWS Support case for all of `regions`.
    func openSupportCase(_ request: SubmissionRequest, regions: [String]) async -> [RegionOutcome] {
        do {
            let caseID = try await createCase(request, regions: regions, in: regions[0])
            return SubmissionPlanner.caseOpened(regions: regions, caseID: caseID)
        } catch let error as AWSServiceError where error.needsSupportPlan {
            return SubmissionPlanner.noSupportPlan(regions: regions)
        } catch let error as RenderError {
            return regions.map { .failed($0, ReportedFailure(message: error.message(in: Language(request.profile.contactLanguage)), category: .inputProblem)) }
        } catch {
            return regions.map { .failed($0, AWSFailure.reported(error, in: language)) }
        }
    }

    /// CreateCase with the one case `SupportCaseRequest` composes. The Support API takes no
    /// service-limit requests, so the case is a `technical` one of `low` severity (general
    /// guidance); no service or category code is sent, since valid codes differ by account
    /// (DescribeServices) and a wrong one fails the call: AWS routes it by its subject and body.
    func createCase(_ request: SubmissionRequest, regions: [String], in region: String) async throws -> String {
        let composed = try SupportCaseRequest(profile: request.profile, regions: regions, language: request.language)
        return try await session.support(region: region).createCase(
            subject: composed.subject, communicationBody: composed.body, language: composed.language,
            ccEmailAddresses: composed.ccEmailAddresses, severityCode: "low", issueType: "technical")
    }

    /// The request(s) signed and captured, never sent: one PutAccountDetails a region, or one case.
    static func dryRun(_ request: SubmissionRequest, regions: [String], via channel: SubmissionChannel,
                       session: AWSSession, capture: CapturingTransport, language: Language) async throws -> [HTTPRequest] {
        let sender = SubmissionSender(session: session, progress: SubmissionProgress(writer: nil, language: language))
        for region in channel == .support ? Array(regions.prefix(1)) : regions {
            do {
                switch channel {
                case .ses: try await session.sesv2(region: region).putAccountDetails(jsonBody: request.body)
                case .support: _ = try await sender.createCase(request, regions: regions, in: region)
                }
            } catch is CapturingTransport.Captured {
                continue
            } catch {
                throw CommandFailure(category: AWSFailure.category(for: error), message: AWSErrorMessages.dryRunCannotSign(
                    region, AWSErrorMessages.text(for: error)).text(in: language))
            }
        }
        return await capture.requests
    }
}

/// A line per region on standard error while a terminal watches, in `language`; silent without
/// a writer. `account` names the account of the region with `--accounts`.
struct SubmissionProgress: Sendable {
    var writer: (any TextWriter)?
    var account: String? = nil
    var language: Language = .en

    func say(_ region: String, _ step: LocalizedText) {
        writer?.write(SubmissionMessages.progress(step, region: region, account: account, in: language))
    }
}

/// For `--dry-run`: keeps each signed request and stops it before it leaves the process.
actor CapturingTransport: HTTPTransport {
    struct Captured: Error {}

    private(set) var requests: [HTTPRequest] = []

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        throw Captured()
    }
}
