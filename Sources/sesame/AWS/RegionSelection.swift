import ArgumentParser
import SesameAWS
import SesameCore

/// The regions and accounts a command that works across them (`status`, `submit`) acts on:
/// `--region` (repeatable), `--all-regions`, `--accounts FILE`.
struct RegionSelection: ParsableArguments {
    @Option(name: .customLong("region"), help: ArgumentHelp("A region to work in (repeatable).", valueName: "region"))
    var regions: [String] = []

    @Flag(help: "Every SES region of the partition; opt-in regions the account has not enabled are reported as such.")
    var allRegions = false

    @Option(help: ArgumentHelp("A YAML list of accounts (id, role, regions) to work in, each through its role.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var accounts: String?

    /// `--all-regions` and `--region` together, which cannot both hold.
    var usageProblem: LocalizedText? {
        allRegions && !regions.isEmpty ? UsageMessages.allRegionsOrRegion : nil
    }

    /// The region that seeds the session (STS, the default region): the first `--region`.
    var seedRegion: String? { regions.first }

    /// The regions chosen: the partition's with `--all-regions`, else the `--region` values, else
    /// `fallback` (a profile's regions), else the configured region.
    func chosen(session: AWSSession, fallback: [String] = [], language: Language) throws -> [String] {
        allRegions ? AWSOptions.allRegions(session: session)
            : try AWSOptions.regions(regions, fallback: fallback, session: session, language: language)
    }
}
