import Testing

/// The root suite of the web tests: every test file adds `extension AllTests { @Suite struct … }`.
@Suite struct AllTests {}
