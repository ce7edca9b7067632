import ArgumentParser
import SesameCore

extension MailType: ExpressibleByArgument {}

extension Sesame {
    struct Lint: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Review a profile or a hand-written draft the way an SES reviewer would.",
            discussion: """
            FILE is a YAML profile (.yaml/.yml: each use_case answer and the rendered whole are checked)
            or a draft as plain text (any other extension, or - for standard input), in English,
            Japanese or both. Settings come from --disable, a .sesame-lint.yaml in the current folder
            (or --config), and a profile's own `lint:` section. In a plain draft, a line containing
            `sesame-lint: disable RULE` silences that rule for the file (remove it before pasting).
            Exit status: 0 no errors, 1 errors, 2 a file cannot be read.

            Examples:
              sesame lint examples/newsletter-marketing.yaml
              sesame lint draft.txt --mail-type MARKETING
              pbpaste | sesame lint - --format json
              sesame lint ses/profile.yaml --format github
              sesame lint --list-rules
            """
        )

        @Argument(help: "Profiles or drafts (`-` reads standard input).", completion: .file())
        var files: [String] = []

        @Option(help: "Output format.")
        var format: ReportFormat = .text

        @Option(name: .customLong("mail-type"), help: "The mail type a plain draft is for (default: inferred from the text).")
        var mailType: MailType?

        @Option(name: .customLong("disable"), help: ArgumentHelp("A rule to switch off (repeatable).", valueName: "rule"))
        var disabled: [String] = []

        @Option(help: "Lint settings file (default: ./.sesame-lint.yaml when present).", completion: .file(extensions: ["yaml"]))
        var config: String?

        @Flag(help: "List the rules and exit.")
        var listRules = false

        func validate() throws {
            if !listRules && files.isEmpty { throw ValidationError("Give at least one profile or draft to lint, or --list-rules.") }
            if !disabled.isEmpty, let first = Linter().unknownRuleIDs(disabled).first { throw ValidationError("--disable: \(first.message). `sesame lint --list-rules` lists them.") }
        }

        func run(in context: CommandContext) async throws {
            if listRules {
                context.output.write(RuleCatalogue.standard.listText())
                return
            }
            var settings = LintSettings(disabled: disabled)
            var reports: [FileReport] = []
            var unusable = false
            if let configuration = try loadConfiguration() {
                settings = configuration.settings.merging(settings)
                if !configuration.diagnostics.isEmpty {
                    reports.append(FileReport(path: configuration.path, diagnostics: configuration.diagnostics))
                }
            }
            for path in files {
                do {
                    reports.append(try lint(path, settings: settings, in: context))
                } catch let failure as UnusableFile {
                    unusable = true
                    if let diagnostic = failure.diagnostic {
                        reports.append(FileReport(path: path, diagnostics: [diagnostic]))
                    } else {
                        context.error.write("sesame: \(failure.message)\n")
                    }
                }
            }
            let text: String = switch format {
            case .text: TextReporter(colors: context.terminal.outputColors).render(reports)
            case .json: JSONReporter.render(reports)
            case .sarif: SARIFReporter.render(reports, rules: RuleCatalogue.standard.descriptions, toolVersion: Sesame.version)
            case .github: GitHubReporter.render(reports)
            }
            context.output.write(text)
            if unusable { throw CommandFailure.reported(.unusableInput) }
            if ReportSummary(reports).errors > 0 { throw CommandFailure.reported(.inputProblem) }
        }

        private struct UnusableFile: Error {
            var message: String
            var diagnostic: Diagnostic?
        }

        private func loadConfiguration() throws -> LintConfiguration? {
            let path = config ?? LintConfiguration.fileName
            guard config != nil || FileIO.exists(path) else { return nil }
            do {
                return try LintConfiguration.load(path: path)
            } catch {
                throw CommandFailure(category: .unusableInput, message: error.message)
            }
        }

        private func lint(_ path: String, settings: LintSettings, in context: CommandContext) throws -> FileReport {
            let isProfile = path.hasSuffix(".yaml") || path.hasSuffix(".yml")
            return isProfile ? try lintProfile(path, settings: settings) : try lintDraft(path, settings: settings, in: context)
        }

        private func lintProfile(_ path: String, settings: LintSettings) throws -> FileReport {
            let document: ProfileDocument
            do {
                document = try ProfileLoader.load(path: path)
            } catch {
                throw UnusableFile(message: error.message, diagnostic: error.diagnostic)
            }
            let merged = settings.merging(document.profile?.lint ?? LintSettings())
            let result = Linter().lint(LintDocument(profile: document), settings: merged)
            let unknown = result.unknownRuleIDs.map { unknownRule($0, at: document.lintLocation) }
            // A field the validator already reports as missing needs no second "not answered" finding.
            let missingTopics = Set(document.diagnostics.filter { $0.rule == "missing-field" }.map(\.topic))
            let findings = result.diagnostics.filter { !($0.rule.hasSuffix("-missing") && missingTopics.contains($0.topic)) }
            return FileReport(path: path, diagnostics: document.diagnostics + findings + unknown)
        }

        private func lintDraft(_ path: String, settings: LintSettings, in context: CommandContext) throws -> FileReport {
            let text: String
            do {
                text = try DraftText.decode(try FileIO.read(path), path: path)
            } catch let error as FileError {
                throw UnusableFile(message: "cannot read \(error.path): \(error.reason)")
            } catch let error as YAMLError {
                throw UnusableFile(message: error.problem.message, diagnostic: error.diagnostic)
            }
            let document = LintDocument.plainDraft(path: path, text: text, mailType: mailType)
            let result = Linter().lint(document, settings: settings)
            if let inferred = result.inferredMailType, format == .text {
                context.error.write("sesame: \(path): treated as \(inferred.summary); say --mail-type to choose\n")
            }
            let origin = SourceLocation(path: path, line: 1, column: 1)
            return FileReport(path: path, diagnostics: result.diagnostics + result.unknownRuleIDs.map { unknownRule($0, at: $0.location ?? origin) })
        }

        private func unknownRule(_ unknown: UnknownRuleID, at location: SourceLocation) -> Diagnostic {
            Diagnostic(location: location, severity: .warning, rule: "unknown-rule", topic: .clarity, message: unknown.message)
        }
    }
}
