// What every file of SesameAWS sees, imported here once: FoundationEssentials where it exists,
// so that start-up does not load ICU, and SesameSystem (the C library, the EINTR-retrying call
// helper, `ChildProcess`).
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
@_exported import SesameSystem
