// The C library, for every file of this module and of the modules that import it (sesame is
// built for Linux only: see Package.swift).
@_exported import Glibc
