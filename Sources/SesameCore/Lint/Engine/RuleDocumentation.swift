extension RuleCatalogue {
    /// `sesame lint --list-rules`: one line per rule, aligned: id, topic, default severity, and the
    /// summary in `language` (the headings stay English, like the ids they head).
    public func listText(in language: Language) -> String {
        let descriptions = self.descriptions
        let idWidth = descriptions.map(\.id.count).max() ?? 0
        let topicWidth = descriptions.map(\.topic.rawValue.count).max() ?? 0
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        var out = pad("RULE", idWidth) + "  " + pad("TOPIC", topicWidth) + "  " + pad("SEVERITY", 8) + "  SUMMARY\n"
        for d in descriptions {
            out += pad(d.id, idWidth) + "  " + pad(d.topic.rawValue, topicWidth) + "  " + pad(d.defaultSeverity.rawValue, 8) + "  " + d.summary.text(in: language) + "\n"
        }
        return out
    }

    /// `docs/rules.md`, generated from the descriptions (kept current by a test).
    public func markdown() -> String {
        var out = """
            # sesame lint rules

            <!-- Generated from the rule descriptions in Sources/SesameCore/Lint; do not edit. \
            Regenerate with `SESAME_RECORD=1 swift test --filter RuleDocumentationTests`. -->

            Every rule has a stable id (use it with `--disable ID`, in a profile's `lint:` section, or in a \
            plain draft's `sesame-lint: disable ID` line), a topic and a default severity. Findings are \
            written in the language of the text they point at. In the examples, `↓` marks where the \
            finding is reported.

            各ルールには変わらない ID(`--disable ID`、プロファイルの `lint:` セクション、下書きの \
            `sesame-lint: disable ID` 行で使います)、トピック、既定の重要度があります。指摘は、指摘する文章と\
            同じ言語で書かれます。要約は英語と日本語の両方で示します。例の `↓` は指摘される位置です。

            | Rule | Topic | Severity | Summary | 要約 |
            |---|---|---|---|---|

            """
        for d in descriptions {
            out += "| [`\(d.id)`](#\(d.id)) | \(d.topic.rawValue) | \(d.defaultSeverity.rawValue) | \(cell(d.summary.en)) | \(cell(d.summary.ja)) |\n"
        }
        var topic: Topic?
        for d in descriptions {
            if d.topic != topic {
                topic = d.topic
                out += "\n## Topic `\(d.topic.rawValue)`\n"
            }
            out += "\n### \(d.id)\n\n"
            out += "*\(d.defaultSeverity.rawValue)* · languages: \(d.languages.isEmpty ? "any (checks a value)" : d.languages.map(\.rawValue).joined(separator: ", "))\n\n"
            out += d.summary.en + "\n\n" + d.summary.ja + "\n\n" + d.rationale + "\n"
            out += examples("Triggers", d.triggeringExamples)
            out += examples("Does not trigger", d.nonTriggeringExamples)
        }
        return out
    }

    private func cell(_ text: String) -> String { text.replacing("|", with: "\\|") }

    private func examples(_ title: String, _ list: [RuleExample]) -> String {
        guard !list.isEmpty else { return "" }
        var out = "\n\(title):\n\n"
        for ex in list {
            var text = ex.text
            if text.count > 120 { text = String(text.prefix(60)) + "… (\(ex.plainText.unicodeScalars.count) characters)" }
            var facts: [String] = []
            if ex.field == .website { facts.append("website URL") }
            if let t = ex.mailType { facts.append(t.rawValue) }
            if let d = ex.dailyVolume { facts.append("daily_volume \(d)") }
            if let p = ex.peakPerSecond { facts.append("peak_per_second \(p)") }
            let note = facts.isEmpty ? "" : " (\(facts.joined(separator: ", ")))"
            out += "- `\(text.replacing("`", with: "'"))`\(note)\n"
        }
        return out
    }
}
