// What every file of SesameCore sees, imported here once: FoundationEssentials where it exists,
// so that the pure-logic commands do not pay for ICU at start-up, and SesameSystem (the C
// library, the one EINTR-retrying call helper).
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
@_exported import SesameSystem
