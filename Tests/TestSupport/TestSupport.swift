// Helpers shared by the test targets: locating the repository and running loopback servers.
