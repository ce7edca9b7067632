// What every file of SigV4 sees, imported here once: FoundationEssentials where it exists (no ICU).
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
