import ArgumentParser
import SesameAWS
import SesameCore

/// The contract's exit statuses (product.md: 0 ok, 1 the input or account has problems, 2 usage
/// or unreadable input, 3 AWS or network failure; 130 stopped by Ctrl-C, as shells report SIGINT): the mapping to numbers lives here and nowhere else.
extension FailureCategory {
    var exitStatus: Int32 {
        switch self {
        case .inputProblem: 1
        case .unusableInput: 2
        case .aws: 3
        case .interrupted: 130
        }
    }

    /// The contract's category of an AWS-layer failure.
    init(_ category: AWSErrorCategory) {
        switch category {
        case .userMustFix: self = .inputProblem
        case .unusableSetting: self = .unusableInput
        case .serviceOrNetwork, .noCredentials: self = .aws
        }
    }
}

/// A failure with a short message for the user, printed by `main` as `sesame: message`.
/// An empty message means the command has already reported why (lint findings, a table).
struct CommandFailure: Error {
    var category: FailureCategory
    var message: String

    init(category: FailureCategory, message: String) {
        self.category = category
        self.message = message
    }

    /// The command's report has said everything; only the exit status is left.
    static func reported(_ category: FailureCategory) -> CommandFailure {
        CommandFailure(category: category, message: "")
    }
}
