import ArgumentParser
import SesameAWS
import SesameCore

extension Sesame {
    struct Reply: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "reply",
            _superCommandName: Sesame.superCommandName,
            abstract: "Answer the SES reviewer's follow-up on the support case from the profile.",
            discussion: """
            With --message (the reviewer's text, pasted into a file, or - for standard input) it finds \
            what was asked and answers each question from the profile, in the order asked, under the \
            reviewer's own words; without it, it answers the four questions AWS asks and the volume. \
            What the profile cannot answer is listed as a question for you (exit 1), never invented. \
            The reply is linted as a reply before it is printed. --send --case ID adds it to the case \
            through the AWS Support API after a confirmation (Business or Enterprise support plan).

            Examples:
              sesame reply ses.yaml --message reviewer.txt
              pbpaste | sesame reply ses.yaml --message - --lang ja
              sesame reply ses.yaml --message reviewer.txt --format json
              sesame reply ses.yaml --message reviewer.txt --send --case 41895771377
            """
        )

        @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml"]))
        var file: String

        @Option(help: ArgumentHelp("The reviewer's message (- reads standard input).", valueName: "file"), completion: .file())
        var message: String?

        @Option(help: "Language of the reply (default: the message's, else the profile's contact_language).")
        var lang: Language?

        @Option(help: "text: the reply; json: the answers by topic, the open questions and the reply.")
        var format: TextOrJSON = .text

        @Flag(help: "Add the reply to the support case (AWS Support AddCommunicationToCase).")
        var send = false

        @Option(name: .customLong("case"), help: ArgumentHelp("The case: its number (as `sesame status` shows it) or its case-… id.", valueName: "id"))
        var caseID: String?

        @Flag(name: .shortAndLong, help: "With --send: do not ask for confirmation.")
        var yes = false

        @OptionGroup var aws: AWSOptions

        var languageFlag: Language? { lang }

        func usageProblem() -> LocalizedText? {
            if send, caseID == nil { return UsageMessages.sendNeedsCase }
            if !send, caseID != nil { return UsageMessages.caseWithoutSend }
            return nil
        }

        func run(in context: CommandContext) async throws {
            let (_, profile) = try ProfileInput.loadValid(file, flag: nil, in: context)
            let reviewer = try message.map { try ReviewerMessage(text: readMessage($0, speaks: context.language(flag: nil))) }
            let language = lang ?? reviewer?.language ?? Language(profile.contactLanguage)
            let speaks = context.language(flag: nil, fallback: language)
            let reply = ReplyComposer.compose(profile: profile, message: reviewer, language: language)
            let findings = ReplyLint.findings(in: reply)
            switch format {
            case .text:
                context.output.write(TerminalText.sanitizedLines(reply.text) + "\n")
                let reporter = TextReporter(colors: context.terminal.errorColors)
                for finding in findings { context.error.write(reporter.line(for: finding) + "\n") }
                for question in reply.openQuestions {
                    context.error.write("sesame: \(TerminalText.sanitized(question.message(speaks)))\n")
                }
            case .json:
                context.writeJSON(reply.json(findings: findings))
            }
            if !reply.isComplete || findings.contains(where: { $0.severity == .error }) {
                if send { context.error.write("sesame: \(ReplyCommandMessages.notSent.text(in: speaks))\n") }
                throw CommandFailure.reported(.inputProblem)
            }
            guard send, let caseID else {
                if format == .text { context.error.write("sesame: \(ReplyCommandMessages.whereToPaste.text(in: speaks))\n") }
                return
            }
            try await sendReply(reply.text, to: caseID, in: context, speaks: speaks)
        }

        private func readMessage(_ path: String, speaks: Language) throws -> String {
            let bytes: [UInt8]
            do {
                bytes = try FileIO.read(path, limit: 1 << 20)
            } catch {
                throw CommandFailure(category: .unusableInput, message: ReplyCommandMessages.unreadableMessage(error.path, error.reason.text(in: speaks)).text(in: speaks))
            }
            guard let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else {
                throw CommandFailure(category: .unusableInput, message: ReplyCommandMessages.messageNotText(path).text(in: speaks))
            }
            return text
        }

        private func sendReply(_ text: String, to caseID: String, in context: CommandContext, speaks: Language) async throws {
            let session = try aws.session(in: context, region: nil, language: speaks)
            let support: SupportClient
            let region = (try? session.region()) ?? "us-east-1"
            do {
                support = try session.support(region: region)
            } catch {
                throw AWSFailure.commandFailure(for: error, region: nil, in: speaks)
            }
            do {
                let resolved = try await resolve(caseID, with: support, speaks: speaks)
                try Confirmation.ask(ReplyCommandMessages.confirm(resolved).text(in: speaks) + " [y/N] ", skipped: yes,
                                     noTerminal: ReplyCommandMessages.noTerminal, declined: ReplyCommandMessages.declined,
                                     language: speaks, in: context)
                try await support.addCommunicationToCase(caseId: resolved, communicationBody: text)
                context.error.write("sesame: \(ReplyCommandMessages.sent(caseID).text(in: speaks))\n")
            } catch let error as AWSServiceError where error.code == "SubscriptionRequiredException" {
                throw CommandFailure(category: .inputProblem, message: ReplyCommandMessages.noSupportPlan(caseID).text(in: speaks))
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw AWSFailure.commandFailure(for: error, region: nil, in: speaks)
            }
        }

        /// A `case-…` id as given; a number (the display id `GetAccount` and the console show) looked up.
        private func resolve(_ caseID: String, with support: SupportClient, speaks: Language) async throws -> String {
            guard caseID.allSatisfy({ $0.isASCII && $0.isNumber }) else { return caseID }
            guard let found = try await support.caseId(displayId: caseID) else {
                throw CommandFailure(category: .inputProblem, message: ReplyCommandMessages.noSuchCase(caseID).text(in: speaks))
            }
            return found
        }
    }
}
