// SesameCore uses FoundationEssentials where it exists, so that the pure-logic
// commands do not pay for ICU at start-up.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
