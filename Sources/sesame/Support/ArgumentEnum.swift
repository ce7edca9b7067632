import ArgumentParser

/// An option's value spelt as its raw value (`--format json`, `--lang ja`). ArgumentParser gives
/// such enums these members as generic code of its own, which looks up the enum's conformances
/// and its `allCases` type at run time, in every process; written here, they are compiled for
/// each type. The same values and descriptions as ArgumentParser's. (Public because SesameCore's
/// public enums conform, and a public type's witnesses must be public.)
public protocol ArgumentEnum: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

public extension ArgumentEnum {
    init?(argument: String) {
        self.init(rawValue: argument)
    }

    var defaultValueDescription: String { rawValue }

    static var allValueStrings: [String] { allCases.map(\.rawValue) }

    static var allValueDescriptions: [String: String] { [:] }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
