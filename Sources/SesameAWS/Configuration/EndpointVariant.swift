/// Which form of a service's default host to use: FIPS 140 validated (`AWS_USE_FIPS_ENDPOINT`,
/// `use_fips_endpoint`) and dual-stack IPv4/IPv6 (`AWS_USE_DUALSTACK_ENDPOINT`,
/// `use_dualstack_endpoint`). The environment wins over the profile; only `true`
/// (any case) turns one on, as botocore's `ensure_boolean`. A configured endpoint URL ignores
/// both, as in botocore (`args.py` `compute_endpoint_resolver_builtin_defaults`).
public struct EndpointVariant: Sendable, Equatable {
    public var fips: Bool
    public var dualStack: Bool

    public init(fips: Bool = false, dualStack: Bool = false) {
        self.fips = fips
        self.dualStack = dualStack
    }

    public init(environment: [String: String], profile: SharedConfig.Profile) {
        func setting(_ variable: String, _ key: String) -> Bool {
            (environment.nonEmpty(variable) ?? profile[key])?.lowercased() == "true"
        }
        self.init(fips: setting("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint"),
                  dualStack: setting("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint"))
    }
}
