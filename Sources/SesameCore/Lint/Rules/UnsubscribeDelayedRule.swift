// MARK: unsubscribe-delayed

struct UnsubscribeDelayedRule: LintRule {
    static let description = RuleDescription(
        id: "unsubscribe-delayed", topic: .optOut, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Unsubscribes applied in monthly or manual batches.",
            ja: "配信停止を月 1 回や手作業でまとめて反映しています。"),
        rationale: """
            Mail after an unsubscribe draws complaints. Gmail and Yahoo expect removal within two days, \
            CAN-SPAM within ten business days, and 特定電子メール法 forbids further ads once refused. \
            Apply unsubscribes automatically and at once.
            """,
        triggeringExamples: [
            RuleExample("Unsubscribe requests are processed ↓once a month."),
            RuleExample("配信停止のご依頼は↓月末にまとめて反映します。"),
            RuleExample("Each email has an unsubscribe link; requests are processed ↓within 10 business days."),
            RuleExample("配信停止のお申し出は↓1週間以内に反映します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Unsubscribes take effect at once, not once a month."),
            RuleExample("配信停止は即時に反映され、月末にまとめて処理することはありません。"),
            RuleExample("Unsubscribes are honoured within 24 hours."),
            RuleExample("配信停止は1営業日以内に反映されます。"),
        ]
    )

    /// Removal by hand is a delay only when no prompt timing goes with it: "the editor removes them
    /// by hand within a day" honours the unsubscribe in time.
    static let manualRemovals = ["by hand", "manually remove", "remove them manually", "removed manually", "手作業", "手動で"]

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let slow = Self.slowDurations(in: document)
        let delays = document.occurrences(of: .delayedRemoval, inSentencesMentioning: .optOut).filter { delay in
            let section = document.sections[delay.section]
            let manual = Self.manualRemovals.contains { section.folded.string(delay.start..<delay.end).hasPrefix($0) }
            let timed = section.matches(.optOutTiming, inSentence: delay.sentence).contains(where: Polarity.affirmed.accepts)
            return !(manual && timed && !slow.contains { $0.section == delay.section && $0.sentence == delay.sentence })
        }
        return document.quotedFindings(delays + slow) { quote in
            LocalizedText(
                en: "'\(quote)': unsubscribes must take effect at once (Gmail and Yahoo: within 2 days); remove the address automatically when the link is used",
                ja: "「\(quote)」: 配信停止は即時に反映する必要があります(Gmail・Yahoo は 2 日以内)。リンクが押された時点で自動的に配信対象から外してください。"
            )
        }
    }

    /// A delay written as a duration longer than two days in a sentence about unsubscribing ("within
    /// 10 business days", 「10営業日以内に反映」) or in the answer's next sentence (「配信停止はリンクから
    /// 行えます。反映までに最大で30日ほどいただいております。」), as a match of a delayed removal.
    static func slowDurations(in document: PreparedDocument) -> [ConceptMatch] {
        let answer = document.claims.answer(.optOut).readSentences
        return document.sections.flatMap { section in
            let about = Set(section.matches(.optOut).filter { !$0.hedged }.map(\.sentence))
            // The next sentence of the answer, in the same paragraph (not every line under a heading).
            let next = answer.filter { read in
                let sentences = section.sentences
                return read.section == section.index && about.contains(read.sentence - 1)
                    && !section.folded.scalars[sentences[read.sentence - 1].upperBound..<sentences[read.sentence].lowerBound]
                        .contains(TextFolding.paragraph)
            }.map(\.sentence)
            return about.union(next).sorted().flatMap { sentence in
                RemovalDelay.slowDurations(in: section.folded.scalars, sentence: section.sentences[sentence]).map { range in
                    ConceptMatch(concept: .delayedRemoval, section: section.index, start: range.lowerBound, end: range.upperBound,
                                 sentence: sentence, clause: section.clauses.firstIndex { $0.contains(range.lowerBound) } ?? 0,
                                 negated: false, hedged: false, conditional: false)
                }
            }
        }
    }
}
