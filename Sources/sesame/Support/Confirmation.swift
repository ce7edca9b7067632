import SesameCore

/// The question before something is sent to AWS: `--yes` skips it; without a terminal to ask on
/// the command refuses (exit 2); any answer but yes is a refusal (exit 1).
enum Confirmation {
    /// Writes `question` (which ends with ` [y/N] `) on standard error and reads the answer.
    static func ask(_ question: String, skipped: Bool, noTerminal: LocalizedText, declined: LocalizedText,
                    language: Language, in context: CommandContext) throws {
        guard !skipped else { return }
        guard context.terminal.canAsk else {
            throw CommandFailure(category: .unusableInput, message: noTerminal.text(in: language))
        }
        context.error.write(question)
        guard let answer = context.input.readLine(), Wizard.isYes(answer, default: false) else {
            throw CommandFailure(category: .inputProblem, message: declined.text(in: language))
        }
    }
}
