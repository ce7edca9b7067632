import ArgumentParser
import SesameAWS
import SesameCore

extension Sesame {
    struct Status: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show sandbox, quota and review status, region by region.",
            discussion: """
            Reads GetAccount in every region at once. Regions: --region (repeatable), else the
            configured region (AWS_REGION, AWS_DEFAULT_REGION, the profile).

            Examples:
              sesame status --region us-east-1 --region eu-west-1
              sesame status --profile prod --format json
            """
        )

        @Option(name: .customLong("region"), help: ArgumentHelp("A region to show (repeatable).", valueName: "region"))
        var regions: [String] = []

        @Option(help: "Output format.")
        var format: TextOrJSON = .text

        @OptionGroup var aws: AWSOptions

        func run(in context: CommandContext) async throws {
            let session = try aws.session(in: context, region: regions.first)
            let chosen = try AWSOptions.regions(regions, session: session)
            let report = StatusReport(await forEachRegion(chosen) { region -> StatusReport.Row in
                do {
                    return .account(region, try await session.sesv2(region: region).accountStatus())
                } catch {
                    return .failed(region, AWSFailure.reported(error))
                }
            })
            switch format {
            case .json: context.output.write(report.json.serialized(pretty: true) + "\n")
            case .text: context.output.write(report.table)
            }
            let failures = report.failures
            guard let worst = failures.map(\.failure.category).max() else { return }
            for (region, failure) in failures { context.error.write("sesame: \(region): \(failure.message)\n") }
            throw CommandFailure.reported(worst)
        }
    }
}
