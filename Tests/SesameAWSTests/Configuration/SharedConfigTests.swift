import Foundation
import Testing
import TestSupport
@testable import SesameAWS

@Suite struct SharedConfigTests {
    @Test func configProfilesCredentialsSectionsAndMerging() throws {
        let config = SharedConfig(
            configFile: try INIFile(parsing: """
                [default]
                region = us-east-1
                [profile dev]
                region = eu-west-1
                aws_access_key_id = CONFIGKEY
                [bare]
                region = ignored
                [services local]
                sesv2 =
                  endpoint_url = http://localhost:1
                """),
            credentialsFile: try INIFile(parsing: """
                [dev]
                aws_access_key_id = CREDKEY
                aws_secret_access_key = secret
                [bare]
                aws_access_key_id = BAREKEY
                """))
        #expect(Set(config.profiles.keys) == ["default", "dev", "bare"])
        #expect(config.profiles["dev"]?.values["aws_access_key_id"] == "CREDKEY")
        #expect(config.profiles["dev"]?.configFileValues["aws_access_key_id"] == "CONFIGKEY")
        #expect(config.profiles["dev"]?["region"] == "eu-west-1")
        #expect(config.profiles["bare"]?["region"] == nil)  // [bare] is not a profile in the config file
        #expect(config.services["local"]?["sesv2"]?["endpoint_url"] == "http://localhost:1")
    }

    @Test func profileDefaultSectionWinsOverBareDefault() throws {
        let config = SharedConfig(
            configFile: try INIFile(parsing: "[profile default]\nregion = a\n[default]\nregion = b\n"),
            credentialsFile: INIFile())
        #expect(config.profiles["default"]?["region"] == "a")
    }

    @Test func loadsFromEnvironmentPathsWithExpansion() throws {
        let home = try TemporaryDirectory()
        try home.write("custom/config", "[profile x]\nregion = ap-south-1\n")
        try home.write(".aws/credentials", "[x]\naws_access_key_id = K\n")
        let config = try SharedConfig.load(
            environment: ["AWS_CONFIG_FILE": "$BASE/config", "BASE": home.path + "/custom"], homeDirectory: home.path)
        #expect(config.profiles["x"]?["region"] == "ap-south-1")
        #expect(config.profiles["x"]?["aws_access_key_id"] == "K")
    }

    @Test func missingFilesAreEmpty() throws {
        let home = try TemporaryDirectory()
        #expect(try SharedConfig.load(environment: [:], homeDirectory: home.path) == SharedConfig())
    }

    @Test func pathExpansion() {
        let env = ["A": "/a", "B": "b"]
        #expect(ConfigPaths.expand("~/x", environment: env, homeDirectory: "/home/u") == "/home/u/x")
        #expect(ConfigPaths.expand("$A/${B}/$MISSING", environment: env, homeDirectory: "/h") == "/a/b/$MISSING")
    }

    @Test(arguments: [
        (nil, [:], "default", false),
        (nil, ["AWS_PROFILE": "p"], "p", false),
        (nil, ["AWS_PROFILE": "p", "AWS_DEFAULT_PROFILE": "d"], "d", false),
        ("cli", ["AWS_PROFILE": "p"], "cli", true),
        ("", ["AWS_PROFILE": ""], "default", false),
    ] as [(String?, [String: String], String, Bool)])
    func profileSelection(explicit: String?, environment: [String: String], name: String, isExplicit: Bool) {
        let selection = ProfileSelection(explicit: explicit, environment: environment)
        #expect(selection.name == name)
        #expect(selection.isExplicit == isExplicit)
    }

    @Test func missingNamedProfileIsAnErrorButMissingDefaultIsNot() throws {
        let config = SharedConfig()
        #expect(throws: ConfigurationError.profileNotFound("nope")) {
            try ProfileSelection(explicit: "nope", environment: [:]).profile(in: config)
        }
        #expect(try ProfileSelection(explicit: nil, environment: [:]).profile(in: config).name == "default")
    }

    /// Missing files are empty (as in botocore); a file that is there but cannot be read is not.
    @Test func aMissingFileIsEmptyAnUnreadableOneIsAnError() throws {
        let folder = try TestPaths.temporaryFolder()
        let missing = folder.appendingPathComponent("missing").path
        let empty = try SharedConfig.load(environment: ["AWS_CONFIG_FILE": missing, "AWS_SHARED_CREDENTIALS_FILE": missing], homeDirectory: folder.path)
        #expect(empty.profiles.isEmpty)
        #expect(throws: ConfigurationError.fileNotReadable(path: folder.path, reason: .notAFile(directory: true))) {
            try SharedConfig.load(environment: ["AWS_CONFIG_FILE": folder.path, "AWS_SHARED_CREDENTIALS_FILE": missing], homeDirectory: folder.path)
        }
        #expect(ConfigurationError.fileNotReadable(path: "/x", reason: .unreadable("permission denied")).category == .unusableSetting)
    }

    /// `AWS_CONFIG_FILE=/dev/null` switches a file off, as botocore reads it: empty. An endless
    /// device is cut at the limit, not read forever.
    @Test func devNullIsAnEmptyFileAndAnEndlessDeviceIsTooLarge() throws {
        let none = try SharedConfig.load(environment: ["AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"],
                                         homeDirectory: "/nonexistent")
        #expect(none.profiles.isEmpty)
        #expect(throws: ConfigurationError.self) {
            try SharedConfig.load(environment: ["AWS_CONFIG_FILE": "/dev/zero", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"],
                                  homeDirectory: "/nonexistent")
        }
    }
}
