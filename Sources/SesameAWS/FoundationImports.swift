// SesameAWS uses FoundationEssentials where it exists, so that start-up does not load ICU.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
