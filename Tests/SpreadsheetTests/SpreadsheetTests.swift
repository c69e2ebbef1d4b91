import Testing

/// Root suite; each file adds one nested suite in an extension.
@Suite struct SpreadsheetTests {}
