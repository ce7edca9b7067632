import ArgumentParser
import SesameCore

extension Sesame {
    struct Schema: LocalCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            _superCommandName: Sesame.superCommandName,
            abstract: "Print the JSON Schema (draft 2020-12) of the profile, for editors.",
            discussion: """
            Generated from the same description the validator walks. Point yaml-language-server at \
            it to check profiles as you type.

            Example:
              sesame schema > profile.schema.json
              # then, as the first line of the profile:
              # yaml-language-server: $schema=profile.schema.json
            """
        )

        func run(in context: CommandContext) throws {
            context.output.write(JSONSchema.profile().serialized(pretty: true) + "\n")
        }
    }
}
