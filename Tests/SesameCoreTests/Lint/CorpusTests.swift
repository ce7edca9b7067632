import SesameCore
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One folder of labelled drafts under `Fixtures/`, measured the same way as every other.
///
/// `corpus` is the set lint is tuned on: its figures are followed by every miss and false alarm by
/// draft. `holdout` was written and labelled by someone else and is never read by whoever tunes
/// lint; it prints aggregate figures only, so it measures how lint generalises to drafts it was not
/// fitted to (lint is judged on corpora written by other people that the project never sees).
/// `fresh` is a second held-out set, written on 2026-12-02 by someone who had read neither lint's
/// code nor any draft of the other sets, and measured for the first time after that session's
/// lint work: aggregate figures only, like `holdout`. `blind` is a third, written on 2026-12-02 in
/// the seventh session by someone who had read no draft and no lint code, and measured once, after
/// that session's lint work was on main. `blind8` is a fourth, 40 drafts written in the eighth session by a
/// writer who read no draft, no test and no code and never ran sesame, measured once after that session's
/// lint work was on main.
struct LabelledSet: CustomTestStringConvertible, Sendable {
    /// The folder under `Fixtures/`, and the first word of every line the figures test prints.
    var name: String
    /// The fewest drafts each language folder must have.
    var minimumPerLanguage: Int
    /// Whether the figures are followed by one line per miss and false alarm naming the draft.
    var listsEachDraft: Bool
    var floors: [String: CorpusFigures.Floor]

    var testDescription: String { name }
    var directory: String { repositoryRoot() + "/Tests/SesameCoreTests/Fixtures/" + name }

    static let corpus = LabelledSet(name: "corpus", minimumPerLanguage: 60, listsEachDraft: true, floors: CorpusFigures.corpusFloors)
    static let holdout = LabelledSet(name: "holdout", minimumPerLanguage: 40, listsEachDraft: false, floors: CorpusFigures.holdoutFloors)
    static let fresh = LabelledSet(name: "fresh", minimumPerLanguage: 20, listsEachDraft: false, floors: CorpusFigures.freshFloors)
    static let blind = LabelledSet(name: "blind", minimumPerLanguage: 15, listsEachDraft: false, floors: CorpusFigures.blindFloors)
    static let blind8 = LabelledSet(name: "blind8", minimumPerLanguage: 20, listsEachDraft: false, floors: CorpusFigures.blind8Floors)
    static let all = [corpus, holdout, fresh, blind, blind8]
}

/// A labelled draft (`Fixtures/SET/{en,ja}/NAME.txt`) and the judgment in its `NAME.labels`.
///
/// The labels say, topic by topic, what a careful SES reviewer would conclude: `problem` (they would
/// object) or `ok` (clearly covered). They were written before the linter was run on the draft, and
/// are never changed to match it.
struct LabelledDraft: CustomTestStringConvertible, Sendable {
    /// `en` or `ja`: the folder the draft is in.
    var language: String
    var name: String
    var text: String
    /// Where the draft is, as `sesame lint` is given it.
    var path: String
    /// A request, or a reply: an answer on the support case or an appeal after a denial.
    var kind: DraftKind
    var mailType: MailType
    var problems: Set<Topic>
    var covered: Set<Topic>

    var id: String { language + "/" + name }
    var testDescription: String { id }
    /// Longer than 700 characters (Unicode scalars, as AWS counts): the long, tidy texts lint finds hardest.
    var isLong: Bool { text.unicodeScalars.count > CorpusFigures.longTextThreshold }

    static let languages = ["en", "ja"]

    /// Every labelled draft of `set`, in a stable order, with the problems its labels have.
    static func load(_ set: LabelledSet) -> (drafts: [LabelledDraft], labelErrors: [String]) {
        var drafts: [LabelledDraft] = []
        var errors: [String] = []
        for language in languages {
            let folder = set.directory + "/" + language
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            let texts = Set(files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) })
            let labels = Set(files.filter { $0.hasSuffix(".labels") }.map { String($0.dropLast(7)) })
            for orphan in labels.subtracting(texts).sorted() {
                errors.append("\(language)/\(orphan).labels: no draft \(orphan).txt beside it")
            }
            for name in texts.sorted() {
                let base = folder + "/" + name
                guard let labelText = readText(base + ".labels") else {
                    errors.append("\(language)/\(name).txt: no label file \(name).labels")
                    continue
                }
                let parsed = DraftLabels.parse(labelText, file: "\(language)/\(name).labels")
                errors += parsed.errors
                guard let bytes = FileManager.default.contents(atPath: base + ".txt"),
                      let text = try? DraftText.decode([UInt8](bytes), path: name + ".txt") else {
                    errors.append("\(language)/\(name).txt: cannot be read as a draft")
                    continue
                }
                guard let labels = parsed.labels else { continue }
                drafts.append(LabelledDraft(
                    language: language, name: name, text: text, path: base + ".txt", kind: labels.kind, mailType: labels.mailType,
                    problems: labels.problems, covered: labels.covered
                ))
            }
        }
        return (drafts, errors)
    }

    private static func readText(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// The contents of one `.labels` file: `key: value` lines, `#` comments.
struct DraftLabels: Equatable {
    var kind: DraftKind
    var mailType: MailType
    var problems: Set<Topic> = []
    var covered: Set<Topic> = []

    /// Reads a label file; each line that is not valid gives one error naming `file:line`.
    static func parse(_ text: String, file: String) -> (labels: DraftLabels?, errors: [String]) {
        var errors: [String] = []
        var values: [String: String] = [:]
        var problems: Set<Topic> = []
        var covered: Set<Topic> = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let place = "\(file):\(index + 1)"
            let line = withoutComment(rawLine)
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                errors.append("\(place): not a `key: value` line")
                continue
            }
            let key = trimmed(line[..<colon])
            let value = trimmed(line[line.index(after: colon)...])
            if values[key] != nil { errors.append("\(place): `\(key)` given twice") }
            values[key] = value
            switch key {
            case "note":
                continue
            case "kind":
                if DraftKind(rawValue: value) == nil { errors.append("\(place): kind must be request or reply, not `\(value)`") }
            case "mail_type":
                if MailType(rawValue: value) == nil { errors.append("\(place): mail_type must be MARKETING or TRANSACTIONAL, not `\(value)`") }
            default:
                guard let topic = Topic(rawValue: key) else {
                    errors.append("\(place): `\(key)` is neither kind, mail_type, note nor a topic")
                    continue
                }
                switch value {
                case "problem": problems.insert(topic)
                case "ok": covered.insert(topic)
                case "n/a": break
                default: errors.append("\(place): a topic is problem, ok or n/a, not `\(value)`")
                }
            }
        }
        for required in ["kind", "mail_type"] where values[required] == nil {
            errors.append("\(file): no `\(required):` line")
        }
        guard errors.isEmpty, let kind = values["kind"].flatMap(DraftKind.init(rawValue:)), let mailType = values["mail_type"].flatMap(MailType.init(rawValue:)) else {
            return (nil, errors)
        }
        return (DraftLabels(kind: kind, mailType: mailType, problems: problems, covered: covered), [])
    }

    /// The line without a `#` comment: a whole-line comment, or one after white space (so `#4471` in a note stays).
    private static func withoutComment(_ line: Substring) -> String {
        let text = trimmed(line)
        if text.hasPrefix("#") { return "" }
        var previous: Character = " "
        for index in text.indices {
            if text[index] == "#" && (previous == " " || previous == "\t") { return trimmed(text[..<index]) }
            previous = text[index]
        }
        return text
    }

    private static func trimmed(_ text: some StringProtocol) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        return String(text.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}

/// What the linter said about one draft, against its labels.
struct DraftOutcome {
    var draft: LabelledDraft
    /// Topics of the errors and warnings (never `info`), each with the rules that raised it.
    var flagged: [Topic: Set<String>]
    /// Set when `sesame lint` could not read the draft at all.
    var failure: String?

    init(_ draft: LabelledDraft) {
        self.draft = draft
        // Exactly what `sesame lint draft.txt --mail-type TYPE --kind KIND` runs, without a settings file.
        let linter = FileLinter(mailType: draft.mailType, kind: draft.kind, renderedLength: RequestRenderer.useCaseLength)
        let outcome = linter.lint(path: draft.path)
        var flagged: [Topic: Set<String>] = [:]
        for diagnostic in outcome.report.diagnostics where diagnostic.severity != .info {
            flagged[diagnostic.topic, default: []].insert(diagnostic.rule)
        }
        self.flagged = flagged
        failure = outcome.failure
    }

    /// Labelled problems the linter raised no error or warning about.
    var misses: [Topic] { draft.problems.filter { flagged[$0] == nil }.sorted { $0.rawValue < $1.rawValue } }
    /// Labelled `ok` topics the linter raised an error or warning about.
    var falseAlarms: [Topic] { draft.covered.filter { flagged[$0] != nil }.sorted { $0.rawValue < $1.rawValue } }
}

/// Recall and false alarms over a set of drafts.
struct CorpusTally: Equatable {
    var drafts = 0
    var problems = 0
    var caught = 0
    var covered = 0
    var falseAlarms = 0

    init(_ outcomes: some Sequence<DraftOutcome>) {
        for outcome in outcomes {
            drafts += 1
            problems += outcome.draft.problems.count
            caught += outcome.draft.problems.count - outcome.misses.count
            covered += outcome.draft.covered.count
            falseAlarms += outcome.falseAlarms.count
        }
    }

    /// Share of labelled problems the linter catches (1 when there are none to catch).
    var recall: Double { problems == 0 ? 1 : Double(caught) / Double(problems) }
    /// Share of clearly covered topics the linter objects to anyway.
    var falseAlarmRate: Double { covered == 0 ? 0 : Double(falseAlarms) / Double(covered) }

    /// One stable line, e.g. `corpus ja long: recall 0.912 (104/114), false alarms 0.021 (3/140), 42 drafts`.
    func line(_ group: String, of set: String) -> String {
        "\(set) \(group): recall \(Self.format(recall)) (\(caught)/\(problems)), "
            + "false alarms \(Self.format(falseAlarmRate)) (\(falseAlarms)/\(covered)), \(drafts) drafts"
    }

    static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

/// The ratchet: the figures measured on main, rounded a little in lint's favour, that a change may not make worse.
///
/// To raise a floor after lint improves: run `swift test --filter CorpusTests`, read the `corpus …` and
/// `holdout …` lines, and set each `recall` a little below (about 0.01) the new figure and each
/// `falseAlarms` a little above. Never lower a recall floor or raise a false-alarm ceiling to make a change pass.
enum CorpusFigures {
    static let longTextThreshold = 700

    struct Floor: Sendable {
        var recall: Double
        var falseAlarms: Double
    }

    /// Measured on branch judge on 2026-12-01, fourth session (197 drafts, each linted with its labelled kind):
    /// en 0.816 / 0.031, ja 0.808 / 0.020, en long 0.771 / 0.029, ja long 0.789 / 0.018, all 0.812 / 0.025,
    /// all long 0.780 / 0.024, request 0.811 / 0.028, reply 0.813 / 0.000 (recall / false alarms).
    /// The reply floor was re-based, not lowered for a change: the 22 replies of the third session still
    /// score 0.843 (70/83); the new hollow full-width appeal (`ja/zenkaku-appeal-repeat`, 4 of 8 caught)
    /// brings the 23 to 0.813. Every false-alarm ceiling went down.
    /// Fifth session, branch judge (211 drafts: 8 English drafts answering complaints, opt-out and
    /// recipients in senders' own ways, 6 Japanese list-building drafts): en 0.816 / 0.027,
    /// ja 0.826 / 0.018, en long 0.771 / 0.024, ja long 0.798 / 0.014, all 0.822 / 0.022,
    /// all long 0.784 / 0.020, request 0.815 / 0.024, reply 0.857 / 0.000. No floor lowered.
    /// Sixth session, main after lists, identity and handling (265 drafts): en 0.875 / 0.012,
    /// ja 0.893 / 0.012, en long 0.863 / 0.007, ja long 0.871 / 0.003, all 0.886 / 0.012,
    /// all long 0.866 / 0.005, request 0.886 / 0.013, reply 0.886 / 0.000. Every floor raised.
    /// Seventh session, 30 `field-` drafts by a writer who never saw the linter (295 drafts):
    /// en 0.879 / 0.017, ja 0.895 / 0.015, en long 0.865 / 0.016, ja long 0.881 / 0.009,
    /// all 0.888 / 0.016, all long 0.872 / 0.013, request 0.886 / 0.017, reply 0.895 / 0.011.
    /// The new drafts brought 10 false alarms: the en long and reply ceilings rose to hold them
    /// (a larger population, not a looser linter); no recall floor lowered.
    /// Seventh session, main after lists, handling and identity (324 drafts): en 0.901 / 0.005,
    /// ja 0.894 / 0.004, en long 0.892 / 0.004, ja long 0.881 / 0.002, all 0.897 / 0.005,
    /// all long 0.887 / 0.003, request 0.894 / 0.005, reply 0.911 / 0.005. Every floor raised.
    static let corpusFloors: [String: Floor] = [
        "en": Floor(recall: 0.89, falseAlarms: 0.012),
        "ja": Floor(recall: 0.885, falseAlarms: 0.012),
        "en long": Floor(recall: 0.88, falseAlarms: 0.012),
        "ja long": Floor(recall: 0.87, falseAlarms: 0.01),
        "all": Floor(recall: 0.885, falseAlarms: 0.012),
        "all long": Floor(recall: 0.875, falseAlarms: 0.01),
        "request": Floor(recall: 0.885, falseAlarms: 0.012),
        "reply": Floor(recall: 0.9, falseAlarms: 0.015),
    ]

    /// A generalisation measure, not a target: these floors only catch a change that makes lint worse on
    /// drafts nobody tuned it on. Whoever tunes lint must not read `Fixtures/holdout/`; if lint improves,
    /// raise them from the printed `holdout …` lines like the corpus floors.
    /// Measured on main on 2026-12-01 (105 drafts): en 0.652 / 0.083, ja 0.619 / 0.072,
    /// en long 0.577 / 0.094, ja long 0.561 / 0.094, all 0.635 / 0.077, all long 0.571 / 0.094,
    /// request 0.656 / 0.082, reply 0.561 / 0.030 (recall / false alarms).
    /// Recall raised on branch judge (recipients, content, relays, hollow requests judged): en 0.774 / 0.083,
    /// ja 0.694 / 0.077, en long 0.732 / 0.094, ja long 0.659 / 0.099, all 0.731 / 0.080,
    /// all long 0.705 / 0.096, request 0.755 / 0.084, reply 0.649 / 0.030. No ceiling raised.
    /// Third session, branch judge (replies judged on business and content, stricter mail-noun and list reading,
    /// account pages as a login): en 0.800 / 0.081, ja 0.731 / 0.079, en long 0.761 / 0.091, ja long 0.683 / 0.104,
    /// all 0.763 / 0.080, all long 0.732 / 0.096, request 0.771 / 0.084, reply 0.737 / 0.030. No ceiling raised.
    /// Fourth session, branch judge (after engine's number reader; a transactional request that describes
    /// promotions needs marketing consent): en 0.835 / 0.065, ja 0.761 / 0.058, en long 0.817 / 0.069,
    /// ja long 0.732 / 0.052, all 0.795 / 0.061, all long 0.786 / 0.062, request 0.802 / 0.065,
    /// reply 0.772 / 0.015. Every ceiling went down.
    /// Fifth session, branch judge (a refused delivery is an effect; using the service is no
    /// relationship; consent obtained names no source): en 0.852 / 0.044, ja 0.769 / 0.053,
    /// en long 0.817 / 0.044, ja long 0.756 / 0.042, all 0.807 / 0.049, all long 0.795 / 0.043,
    /// request 0.818 / 0.052, reply 0.772 / 0.015. Every ceiling went down.
    /// Sixth session, main after lists, identity and handling: en 0.887 / 0.042, ja 0.828 / 0.046,
    /// en long 0.859 / 0.041, ja long 0.805 / 0.038, all 0.855 / 0.044, all long 0.839 / 0.039,
    /// request 0.875 / 0.046, reply 0.789 / 0.015. Every floor raised, every ceiling lowered.
    /// Seventh session: en 0.896 / 0.039, ja 0.843 / 0.041, en long 0.873 / 0.038, ja long 0.829 / 0.033,
    /// all 0.867 / 0.040, all long 0.857 / 0.036, request 0.891 / 0.042, reply 0.789 / 0.015. Raised again.
    static let holdoutFloors: [String: Floor] = [
        "en": Floor(recall: 0.885, falseAlarms: 0.047),
        "ja": Floor(recall: 0.83, falseAlarms: 0.05),
        "en long": Floor(recall: 0.86, falseAlarms: 0.047),
        "ja long": Floor(recall: 0.81, falseAlarms: 0.045),
        "all": Floor(recall: 0.855, falseAlarms: 0.048),
        "all long": Floor(recall: 0.845, falseAlarms: 0.044),
        "request": Floor(recall: 0.88, falseAlarms: 0.05),
        "reply": Floor(recall: 0.775, falseAlarms: 0.025),
    ]
    /// The second held-out set's figures when it was first measured (main on 2026-12-02, after that
    /// session's lint work, which never saw it, 40 drafts): en 0.891 / 0.090, ja 0.872 / 0.057,
    /// en long 0.872 / 0.098, ja long 0.846 / 0.061, all 0.882 / 0.074, all long 0.862 / 0.083,
    /// request 0.903 / 0.086, reply 0.810 / 0.018 (recall / false alarms). Raised, never lowered, like the others.
    /// The third held-out set's figures when it was measured, once (main on 2026-12-02 after the
    /// seventh session's lint work, which never saw it, 30 drafts): en 0.769 / 0.009,
    /// ja 0.964 / 0.009, en long 0.667 / 0.000, ja long 1.000 / 0.011, all 0.870 / 0.009,
    /// all long 0.806 / 0.005, request 0.825 / 0.005, reply 1.000 / 0.036 (recall / false alarms).
    /// Raised, never lowered, like the others.
    static let blindFloors: [String: Floor] = [
        "en": Floor(recall: 0.75, falseAlarms: 0.02),
        "ja": Floor(recall: 0.94, falseAlarms: 0.02),
        "en long": Floor(recall: 0.65, falseAlarms: 0.01),
        "ja long": Floor(recall: 0.98, falseAlarms: 0.022),
        "all": Floor(recall: 0.85, falseAlarms: 0.02),
        "all long": Floor(recall: 0.79, falseAlarms: 0.015),
        "request": Floor(recall: 0.8, falseAlarms: 0.015),
        "reply": Floor(recall: 0.98, falseAlarms: 0.05),
    ]
    /// The fourth held-out set's figures when it was measured, once (main on 2026-12-02 after the
    /// eighth session's lint work, which never saw it, 40 drafts): en 0.721 / 0.070, ja 0.822 / 0.055,
    /// en long 0.571 / 0.061, ja long 0.676 / 0.047, all 0.773 / 0.063, all long 0.625 / 0.054,
    /// request 0.794 / 0.060, reply 0.600 / 0.073 (recall / false alarms): the same figures as at that
    /// session's start, before its lint work. Raised, never lowered, like the others.
    static let blind8Floors: [String: Floor] = [
        "en": Floor(recall: 0.71, falseAlarms: 0.08),
        "ja": Floor(recall: 0.81, falseAlarms: 0.065),
        "en long": Floor(recall: 0.56, falseAlarms: 0.07),
        "ja long": Floor(recall: 0.66, falseAlarms: 0.055),
        "all": Floor(recall: 0.76, falseAlarms: 0.07),
        "all long": Floor(recall: 0.61, falseAlarms: 0.06),
        "request": Floor(recall: 0.78, falseAlarms: 0.07),
        "reply": Floor(recall: 0.59, falseAlarms: 0.08),
    ]
    static let freshFloors: [String: Floor] = [
        "en": Floor(recall: 0.88, falseAlarms: 0.085),
        "ja": Floor(recall: 0.88, falseAlarms: 0.065),
        "en long": Floor(recall: 0.86, falseAlarms: 0.092),
        "ja long": Floor(recall: 0.87, falseAlarms: 0.07),
        "all": Floor(recall: 0.88, falseAlarms: 0.075),
        "all long": Floor(recall: 0.865, falseAlarms: 0.082),
        "request": Floor(recall: 0.905, falseAlarms: 0.086),
        "reply": Floor(recall: 0.8, falseAlarms: 0.035),
    ]
}

/// A set's drafts as loaded, and what the linter said about each.
struct MeasuredSet: Sendable {
    var set: LabelledSet
    var drafts: [LabelledDraft]
    var labelErrors: [String]
    var outcomes: [DraftOutcome]

    init(_ set: LabelledSet) {
        self.set = set
        (drafts, labelErrors) = LabelledDraft.load(set)
        outcomes = drafts.map(DraftOutcome.init)
    }

    /// The groups the figures are given for, in print order: each language, its long drafts, all, and each kind.
    var groups: [(name: String, outcomes: [DraftOutcome])] {
        let all = outcomes
        var groups: [(String, [DraftOutcome])] = []
        for language in LabelledDraft.languages {
            groups.append((language, all.filter { $0.draft.language == language }))
        }
        for language in LabelledDraft.languages {
            groups.append(("\(language) long", all.filter { $0.draft.language == language && $0.draft.isLong }))
        }
        groups.append(("all", all))
        groups.append(("all long", all.filter(\.draft.isLong)))
        for kind in DraftKind.allCases {
            groups.append((kind.rawValue, all.filter { $0.draft.kind == kind }))
        }
        return groups
    }

    /// The printed figures: one line per group, the misses and false alarms by topic per language, then (only where the
    /// set allows it) every miss and false alarm by draft.
    var report: [String] {
        var report = groups.map { CorpusTally($0.outcomes).line($0.name, of: set.name) }
        for language in LabelledDraft.languages {
            let drafts = outcomes.filter { $0.draft.language == language }
            report.append("\(set.name) misses by topic \(language): " + Self.countedByTopic(drafts.flatMap(\.misses)))
            report.append("\(set.name) false alarms by topic \(language): " + Self.countedByTopic(drafts.flatMap(\.falseAlarms)))
        }
        guard set.listsEachDraft else { return report }
        for outcome in outcomes {
            for topic in outcome.misses {
                report.append("\(set.name) miss: \(topic.rawValue) \(outcome.draft.id)")
            }
        }
        for outcome in outcomes {
            for topic in outcome.falseAlarms {
                let rules = (outcome.flagged[topic] ?? []).sorted().joined(separator: ",")
                report.append("\(set.name) false alarm: \(topic.rawValue) \(outcome.draft.id) [\(rules)]")
            }
        }
        return report
    }

    /// `recipients 12, content 6, …`: how often each topic occurs, the commonest first.
    private static func countedByTopic(_ topics: [Topic]) -> String {
        var counts: [Topic: Int] = [:]
        for topic in topics { counts[topic, default: 0] += 1 }
        let ranked = counts.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }
        return ranked.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }
}

@Suite struct CorpusTests {
    static let measured = LabelledSet.all.map(MeasuredSet.init)

    static func measured(_ set: LabelledSet) -> MeasuredSet {
        measured.first { $0.set.name == set.name }!
    }

    @Test(arguments: LabelledSet.all)
    func everyDraftIsLabelledAndTheSetIsLargeEnough(_ set: LabelledSet) {
        let measured = Self.measured(set)
        #expect(measured.labelErrors.isEmpty, "\(measured.labelErrors.joined(separator: "\n"))")
        for language in LabelledDraft.languages {
            #expect(measured.drafts.count { $0.language == language } >= set.minimumPerLanguage, "\(set.name)/\(language)")
        }
        #expect(measured.drafts.count { $0.language == "ja" } * 2 >= measured.drafts.count, "\(set.name): half Japanese")
        for draft in measured.drafts {
            #expect(!draft.problems.isEmpty || !draft.covered.isEmpty, "\(set.name)/\(draft.id) judges no topic")
            #expect(!draft.text.isEmpty, "\(set.name)/\(draft.id) is empty")
        }
    }

    @Test func labelParserRejectsWhatIsNotALabel() {
        let good = DraftLabels.parse("kind: reply  # appeal\nmail_type: MARKETING\nopt-out: problem\nwebsite: ok\nclarity: n/a\nnote: see #12\n", file: "x")
        #expect(good.errors.isEmpty)
        #expect(good.labels == DraftLabels(kind: .reply, mailType: .marketing, problems: [.optOut], covered: [.website]))

        let bad = DraftLabels.parse("kind: answer\nmail_type: MARKETING\nopt-out: maybe\nunsubscribe: ok\njust words\nkind: reply\n", file: "x")
        #expect(bad.labels == nil)
        #expect(bad.errors == [
            "x:1: kind must be request or reply, not `answer`",
            "x:3: a topic is problem, ok or n/a, not `maybe`",
            "x:4: `unsubscribe` is neither kind, mail_type, note nor a topic",
            "x:5: not a `key: value` line",
            "x:6: `kind` given twice",
        ])
        #expect(DraftLabels.parse("opt-out: ok\n", file: "y").errors == ["y: no `kind:` line", "y: no `mail_type:` line"])
    }

    @Test func tallyCountsCatchesAndFalseAlarms() {
        #expect(CorpusTally.format(0.9125) == "0.913")
        #expect(CorpusTally.format(1) == "1.000")
        #expect(CorpusTally.format(0.04) == "0.040")
        #expect(CorpusTally([]).line("none", of: "holdout") == "holdout none: recall 1.000 (0/0), false alarms 0.000 (0/0), 0 drafts")
    }

    /// A held-out set prints figures only: no line names one of its drafts with a lint finding.
    @Test(arguments: LabelledSet.all.filter { !$0.listsEachDraft })
    func aHeldOutSetPrintsNoDraftNames(_ set: LabelledSet) {
        let measured = Self.measured(set)
        #expect(measured.report.count == measured.groups.count + 2 * LabelledDraft.languages.count)
        for draft in measured.drafts {
            #expect(!measured.report.contains { $0.contains(draft.name) }, "\(set.name) report names a draft")
        }
    }

    /// Prints the figures (and, for the corpus, every miss and false alarm) and holds each group to its floor.
    @Test(arguments: LabelledSet.all)
    func recallAndFalseAlarmsStayAboveTheirFloors(_ set: LabelledSet) {
        let measured = Self.measured(set)
        for outcome in measured.outcomes {
            if let failure = outcome.failure { Issue.record("\(set.name)/\(outcome.draft.id): \(failure)") }
        }
        print(measured.report.joined(separator: "\n"))

        for (name, outcomes) in measured.groups {
            let tally = CorpusTally(outcomes)
            guard let floor = set.floors[name] else {
                Issue.record("no floor for \(set.name) group \(name)")
                continue
            }
            #expect(tally.recall >= floor.recall, "\(tally.line(name, of: set.name)) fell below the recall floor \(floor.recall)")
            #expect(tally.falseAlarmRate <= floor.falseAlarms, "\(tally.line(name, of: set.name)) rose above the false-alarm ceiling \(floor.falseAlarms)")
        }
    }
}
