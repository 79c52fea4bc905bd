/// One problem found in a site's sources, printed the way a compiler prints it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// One sentence: what is wrong, and what to do.
    public var message: String
    /// Underlying causes, printed on `reason:` lines below the diagnostic.
    public var reasons: [String]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, reasons: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.reasons = reasons
    }

    public static func error(_ message: String, at location: SourceLocation?, reasons: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, reasons: reasons)
    }

    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `Content/2026/x.zh.md:12:3: error: message`, then one `reason:` line per cause, control
    /// characters escaped.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        let head = "\(prefix)\(severity.rawValue): \(message)"
        // Paths and messages quote file names and values from the sources: escaped, so they
        // cannot drive the terminal.
        return ([head] + reasons.map { "    reason: \($0)" }).map(TerminalSafe.escaped).joined(separator: "\n")
    }
}

/// An error that knows where in the sources it comes from.
public protocol Diagnosable: Error {
    var diagnostics: [Diagnostic] { get }
}

/// A stage of the pipeline, as errors and `--timings` name it.
public enum Stage: String, Hashable, Sendable {
    case load, archive, parse, model, transform, render, write
    /// Reading and drawing a chart, within transform and render.
    case chart
}

/// The error a stage throws: every error it found, so authors can fix them in one pass.
public struct DiagnosticError: Diagnosable, Equatable, CustomStringConvertible {
    /// The pipeline stage that failed.
    public var stage: Stage
    public var diagnostics: [Diagnostic]

    public init(stage: Stage, diagnostics: [Diagnostic]) {
        self.stage = stage
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Diagnostics in file order, so output is stable across parallel runs.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { lhs, rhs in
            switch (lhs.location, rhs.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.message < rhs.message
            }
        }
    }

    public var hasErrors: Bool { contains { $0.severity == .error } }
}
