/// Asks the person at the terminal for the current code of an MFA device, as the AWS CLI
/// does for a profile with `mfa_serial` (`Enter MFA code for ARN: `).
public protocol MFACodeReader: Sendable {
    /// Shows `prompt` and returns the line typed (without its newline), or nil at end of input.
    func readCode(prompt: String) async throws -> String?
}
