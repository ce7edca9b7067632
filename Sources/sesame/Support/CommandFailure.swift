/// Why a command failed, which decides its exit status. Only the root command exits.
enum FailureCategory {
    /// The input or the account has problems the user must fix (exit 1).
    case inputProblem
    /// A usage error, or input that cannot be read or parsed (exit 2).
    case unusableInput
    /// AWS or the network failed after retries, or no usable credentials (exit 3).
    case aws

    var exitStatus: Int32 {
        switch self {
        case .inputProblem: 1
        case .unusableInput: 2
        case .aws: 3
        }
    }
}

/// A failure with a short message for the user, printed by the root command as `sesame: message`.
struct CommandFailure: Error {
    var category: FailureCategory
    var message: String

    static func notBuiltYet(_ command: String) -> CommandFailure {
        CommandFailure(category: .unusableInput, message: "`sesame \(command)` is not built yet in this version")
    }
}
