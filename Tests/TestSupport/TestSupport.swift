// Helpers shared by the test targets (emulator process, fixtures).
