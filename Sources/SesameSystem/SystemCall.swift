/// System calls that a signal may interrupt, retried the way swift-nio's `SystemCallHelpers`
/// does: while the call fails with `EINTR`, call it again; any other result is returned
/// (with `errno` as the call left it). The one such loop in sesame: SesameCore, SesameAWS and
/// the command line all call it.
public enum SystemCall {
    @inlinable
    public static func retryingInterrupts<Result: BinaryInteger>(_ call: () -> Result) -> Result {
        while true {
            let result = call()
            if result < 0 && errno == EINTR { continue }
            return result
        }
    }
}
