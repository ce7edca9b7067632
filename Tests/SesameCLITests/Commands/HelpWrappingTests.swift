import Foundation
import Testing
import TestSupport

/// `--help` wraps every command's description at the terminal's width: its paragraphs are single
/// lines in the source, so argument-parser fills each line as far as the width allows (a line
/// broken early, where the next word would still have fit, is a hard break left in the text).
@Suite struct HelpWrappingTests {
    private static let commands = ["", "init", "validate", "lint", "render", "submit", "status", "reply", "doctor", "schema"]

    @Test(arguments: [60, 80, 120])
    func descriptionsFillTheTerminalsWidth(columns: Int) throws {
        for command in Self.commands {
            let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
            let help = try CommandRunner.sesame(arguments, environment: ["COLUMNS": "\(columns)"]).stdout
            let description = try #require(help.components(separatedBy: "\nUSAGE:").first, "sesame \(command) --help")
            // The paragraphs after OVERVIEW's line, up to the examples.
            let paragraphs = description.components(separatedBy: "\n\n").dropFirst()
                .filter { !$0.hasPrefix("Example") && !$0.hasPrefix("  ") }
            #expect(!paragraphs.isEmpty, "sesame \(command) --help has a description")
            // argument-parser leaves the last column free.
            let limit = columns - 1
            for paragraph in paragraphs {
                let lines = paragraph.split(separator: "\n").map(String.init)
                for (line, next) in zip(lines, lines.dropFirst()) {
                    #expect(line.count <= limit, "sesame \(command) --help at \(columns): \(line)")
                    let word = next.prefix { $0 != " " }
                    #expect(line.count + 1 + word.count > limit, "sesame \(command) --help at \(columns) breaks early: \(line) / \(next)")
                }
                #expect((lines.last?.count ?? 0) <= limit, "sesame \(command) --help at \(columns): \(lines.last ?? "")")
            }
        }
    }
}
