/// Typed ids (Tagged) are part of the domain vocabulary: every importer of Domain sees them.
@_exported import Tagged
