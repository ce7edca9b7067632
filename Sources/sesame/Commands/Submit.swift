import ArgumentParser
import SesameAWS
import SesameCore

/// Where the request goes: the SES v2 API, or an AWS Support case.
enum SubmissionChannel: String, CaseIterable, ExpressibleByArgument {
    case ses
    case support
}

extension Sesame {
    struct Submit: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "submit",
            abstract: "Request production access, region by region.",
            discussion: """
            Validates and lints the profile first (errors stop it unless --force), reads each region's
            account (GetAccount) and skips regions that already have production access or a pending
            review (--force resubmits), shows what it will send and asks for confirmation on a terminal
            (--yes skips; without a terminal it refuses unless --yes), then sends PutAccountDetails with
            exactly the body `sesame render --format json` prints, and reports the new review status
            and case id. Regions: --region (repeatable), else the profile's regions, else the configured
            region; they are processed at once, and one region's failure does not stop the others.
            --via support opens one AWS Support case for the regions instead (needs a Business or
            Enterprise support plan). --dry-run prints the signed request(s) and sends nothing.

            Examples:
              sesame submit ses.yaml
              sesame submit ses.yaml --region us-east-1 --region eu-west-1 --yes
              sesame submit ses.yaml --dry-run
              sesame submit ses.yaml --via support --yes
            """
        )

        @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml"]))
        var file: String

        @Option(name: .customLong("region"), help: ArgumentHelp("A region to submit in (repeatable).", valueName: "region"))
        var regions: [String] = []

        @Option(help: "ses: the PutAccountDetails API; support: an AWS Support case.")
        var via: SubmissionChannel = .ses

        @Flag(help: "Print the signed request(s) and send nothing.")
        var dryRun = false

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        @Flag(help: "Submit despite lint errors, production access, or a pending review.")
        var force = false

        @Option(help: "Output format.")
        var format: TextOrJSON = .text

        @OptionGroup var aws: AWSOptions

        func run(in context: CommandContext) async throws {
            let request = try SubmissionRequest.prepare(file: file, force: force, in: context)
            if dryRun { return try await printDryRun(request, in: context) }
            let session = try aws.session(in: context, region: regions.first)
            let chosen = try AWSOptions.regions(regions, fallback: request.profile.regions, session: session)
            let progress = SubmissionProgress(writer: context.error, enabled: format == .text && context.terminal.errorIsTerminal)

            var results = await forEachRegion(chosen) { [force] region in
                progress.say(region, "checking the account")
                return await RegionPlan.check(region: region, session: session, force: force)
            }
            let toSubmit = results.filter { $0.action == .pending }.map(\.region)
            if !toSubmit.isEmpty {
                try confirm(request, regions: toSubmit, in: context)
                let pendingBefore = Set(results.filter { $0.review?.status?.uppercased() == "PENDING" }.map(\.region))
                let submitted = switch via {
                case .ses: await submitThroughSES(request, regions: toSubmit, pendingBefore: pendingBefore, session: session, progress: progress)
                case .support: await openSupportCase(request, regions: toSubmit, session: session)
                }
                results = results.map { result in submitted.first { $0.region == result.region } ?? result }
            }
            report(results, in: context)
            if let worst = results.compactMap(\.failure).max() {
                throw CommandFailure.reported(worst)
            }
        }

        // MARK: Steps

        private func confirm(_ request: SubmissionRequest, regions: [String], in context: CommandContext) throws {
            guard !yes else { return }
            guard context.terminal.canAsk else {
                throw CommandFailure(category: .unusableInput,
                                     message: "not submitting without confirmation: there is no terminal to ask on; pass --yes")
            }
            context.error.write(request.preview(regions: regions, via: via))
            context.error.write("Submit to \(regions.joined(separator: ", "))? [y/N] ")
            guard let reply = context.input.readLine(), Wizard.isYes(reply, default: false) else {
                throw CommandFailure(category: .inputProblem, message: "not submitted")
            }
        }

        private func submitThroughSES(
            _ request: SubmissionRequest, regions: [String], pendingBefore: Set<String>, session: AWSSession,
            progress: SubmissionProgress
        ) async -> [RegionPlan] {
            await forEachRegion(regions) { region in
                progress.say(region, "sending PutAccountDetails")
                do {
                    let client = try session.sesv2(region: region)
                    try await client.putAccountDetails(jsonBody: request.body)
                    do {
                        let account = try await client.getAccount()
                        return RegionPlan(region: region, action: .submitted, reason: "production access requested",
                                          review: RegionPlan.Review(account.details?.review))
                    } catch {
                        // AWS accepted the request: reading the review afterwards is only a courtesy,
                        // and calling the region failed would invite a second submission.
                        return RegionPlan(region: region, action: .submitted,
                                          reason: "production access requested; its review status could not be read (\(AWSFailure.message(for: error))), `sesame status` shows it")
                    }
                } catch let error as AWSServiceError where error.code == "ConflictException" {
                    // A retried request after a lost answer meets the review the first attempt opened.
                    if !pendingBefore.contains(region), let account = try? await session.sesv2(region: region).getAccount(),
                       account.details?.review?.status?.uppercased() == "PENDING" {
                        return RegionPlan(region: region, action: .submitted,
                                          reason: "production access requested (a retry met the review the first attempt opened)",
                                          review: RegionPlan.Review(account.details?.review))
                    }
                    return RegionPlan(region: region, action: .failed,
                                      reason: "AWS refused a new request (ConflictException: \(error.message)); a review is under way or was denied — follow up on its support case",
                                      failure: .inputProblem)
                } catch {
                    return RegionPlan(region: region, action: .failed, reason: AWSFailure.message(for: error),
                                      failure: AWSFailure.category(for: error))
                }
            }
        }

        private func openSupportCase(_ request: SubmissionRequest, regions: [String], session: AWSSession) async -> [RegionPlan] {
            var profile = request.profile
            profile.regions = regions
            do {
                let text = try RequestRenderer.supportCase(for: profile, language: request.language)
                let caseId = try await session.support(region: regions[0]).createCase(
                    subject: text.subject, communicationBody: text.body, language: request.language.rawValue,
                    ccEmailAddresses: profile.additionalContacts)
                let review = RegionPlan.Review(status: "CASE_OPENED", caseId: caseId)
                return regions.map { RegionPlan(region: $0, action: .submitted, reason: "AWS Support case opened", review: review) }
            } catch let error as AWSServiceError where error.code == "SubscriptionRequiredException" {
                let reason = "AWS Support's API is only open to accounts with a Business, Enterprise On-Ramp or Enterprise support plan, and this account has none; submit through SES instead (`--via ses`, the default) or open the case in the Support Center"
                return regions.map { RegionPlan(region: $0, action: .failed, reason: reason, failure: .inputProblem) }
            } catch let error as RenderError {
                return regions.map { RegionPlan(region: $0, action: .failed, reason: error.message, failure: .inputProblem) }
            } catch {
                return regions.map {
                    RegionPlan(region: $0, action: .failed, reason: AWSFailure.message(for: error), failure: AWSFailure.category(for: error))
                }
            }
        }

        private func printDryRun(_ request: SubmissionRequest, in context: CommandContext) async throws {
            let capture = CapturingTransport()
            let session = try aws.session(in: context, region: regions.first, transport: capture)
            let chosen = try AWSOptions.regions(regions, fallback: request.profile.regions, session: session)
            for region in chosen {
                do {
                    switch via {
                    case .ses: try await session.sesv2(region: region).putAccountDetails(jsonBody: request.body)
                    case .support:
                        var profile = request.profile
                        profile.regions = chosen
                        let text = try RequestRenderer.supportCase(for: profile, language: request.language)
                        _ = try await session.support(region: region).createCase(
                            subject: text.subject, communicationBody: text.body, language: request.language.rawValue,
                            ccEmailAddresses: profile.additionalContacts)
                    }
                } catch is CapturingTransport.Captured {
                    continue
                } catch {
                    throw CommandFailure(category: AWSFailure.category(for: error),
                                         message: "dry run: cannot sign the request for \(region): \(AWSFailure.message(for: error))")
                }
                if via == .support { break }
            }
            for captured in await capture.requests {
                context.output.write(TerminalText.sanitizedLines(
                    HTTPExchange(attempt: 1, request: captured, response: nil, transportError: nil).description) + "\n")
            }
            context.error.write("sesame: dry run: nothing was sent\n")
        }

        private func report(_ results: [RegionPlan], in context: CommandContext) {
            switch format {
            case .json:
                context.output.write(RegionPlan.json(results).serialized(pretty: true) + "\n")
            case .text:
                for result in results { context.output.write(result.line + "\n") }
            }
        }
    }
}

/// The profile checked and rendered once, before any region is contacted.
struct SubmissionRequest {
    var profile: Profile
    var language: Language
    var description: String
    /// The exact PutAccountDetails body, the bytes `render --format json` prints.
    var body: [UInt8]

    static func prepare(file: String, force: Bool, in context: CommandContext) throws -> SubmissionRequest {
        let (document, profile) = try ProfileInput.loadValid(file, in: context)
        let lint = Linter().lint(LintDocument(profile: document, renderedLength: RequestRenderer.useCaseLength(for: profile)), settings: profile.lint)
        let errors = lint.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let reporter = TextReporter(colors: context.terminal.errorColors)
            for diagnostic in errors { context.error.write(reporter.line(for: diagnostic) + "\n") }
            if !force {
                throw CommandFailure(category: .inputProblem,
                                     message: "\(file) has lint errors a reviewer would object to; fix them (`sesame lint \(file)`) or pass --force")
            }
        }
        let language = Language(profile.contactLanguage)
        do {
            let description = try RequestRenderer.useCaseDescription(for: profile, language: language)
            return SubmissionRequest(profile: profile, language: language, description: description,
                                     body: AccountDetailsRequest.bytes(for: profile, useCaseDescription: description))
        } catch {
            throw ProfileInput.failure(error, document: document)
        }
    }

    func preview(regions: [String], via: SubmissionChannel) -> String {
        var text = "About to request production access (\(via == .ses ? "SES PutAccountDetails" : "AWS Support case")):\n"
        text += "  regions: \(regions.joined(separator: ", "))\n"
        text += "  mail type: \(profile.mailType.rawValue)\n  website: \(profile.websiteURL)\n"
        text += "  contact language: \(profile.contactLanguage.rawValue)\n"
        if !profile.additionalContacts.isEmpty { text += "  additional contacts: \(profile.additionalContacts.joined(separator: ", "))\n" }
        text += "  use-case description (\(description.unicodeScalars.count) characters):\n"
        text += description.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "  │" : "  │ \($0)" }.joined(separator: "\n")
        return text + "\n"
    }
}

/// What happens, or happened, in one region.
struct RegionPlan: Sendable {
    enum Action: String, Sendable {
        /// Checked and ready to be submitted.
        case pending
        case submitted, skipped, failed
    }

    var region: String
    var action: Action
    var reason: String
    var review: Review?
    /// For a failed region: how bad, for the exit status.
    var failure: FailureCategory?

    /// A review's status and case id, as GetAccount (or CreateCase) tells them.
    struct Review: Sendable {
        var status: String?
        var caseId: String?

        init(status: String?, caseId: String?) {
            self.status = status
            self.caseId = caseId
        }

        init?(_ details: SESAccount.ReviewDetails?) {
            guard let details, details.status != nil || details.caseId != nil else { return nil }
            self.init(status: details.status, caseId: details.caseId)
        }
    }

    init(region: String, action: Action, reason: String, review: Review? = nil, failure: FailureCategory? = nil) {
        self.region = region
        self.action = action
        self.reason = reason
        self.review = review
        self.failure = failure
    }

    /// Reads the account and decides: skip, refuse, or submit.
    static func check(region: String, session: AWSSession, force: Bool) async -> RegionPlan {
        let account: SESAccount
        do {
            account = try await session.sesv2(region: region).getAccount()
        } catch {
            return RegionPlan(region: region, action: .failed, reason: AWSFailure.message(for: error), failure: AWSFailure.category(for: error))
        }
        let review = Review(account.details?.review)
        let caseText = review?.caseId.map { " (case \($0))" } ?? ""
        switch review?.status?.uppercased() {
        case "DENIED"?, "FAILED"?:
            let status = review?.status?.uppercased() ?? ""
            return RegionPlan(region: region, action: .failed,
                              reason: "the last review was \(status)\(caseText); AWS does not accept a new request through the API after that — reply on that support case in the Support Center with what changed (`sesame lint` helps), and AWS reopens the review there",
                              review: review, failure: .inputProblem)
        case "PENDING"? where !force:
            return RegionPlan(region: region, action: .skipped, reason: "a review is already pending\(caseText); --force resubmits", review: review)
        default:
            break
        }
        if account.productionAccessEnabled && !force {
            return RegionPlan(region: region, action: .skipped, reason: "production access is already on", review: review)
        }
        return RegionPlan(region: region, action: .pending, reason: "ready", review: review)
    }

    var line: String {
        var text = "\(region): \(action.rawValue) — \(reason)"
        if action == .submitted, let review {
            text += "; review \(review.status ?? "unknown")" + (review.caseId.map { ", case \($0)" } ?? "")
        }
        return TerminalText.sanitized(text)
    }

    static func json(_ results: [RegionPlan]) -> JSONValue {
        .object([("results", .array(results.map { result in
            .object([
                ("region", .string(result.region)),
                ("action", .string(result.action.rawValue)),
                ("reason", .string(result.reason)),
                ("review", result.review.map { review in
                    .object([("status", review.status.map(JSONValue.string) ?? .null),
                             ("case_id", review.caseId.map(JSONValue.string) ?? .null)])
                } ?? .null),
            ])
        }))])
    }
}

/// A line per region on standard error while a terminal watches.
struct SubmissionProgress: Sendable {
    var writer: any TextWriter
    var enabled: Bool

    func say(_ region: String, _ step: String) {
        if enabled { writer.write("  \(region): \(step)…\n") }
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
