import AlmanacCore

/// A stage's result together with the warnings it raised on the way.
public struct Staged<Value: Sendable>: Sendable {
    public var value: Value
    public var warnings: [Diagnostic]

    public init(_ value: Value, warnings: [Diagnostic] = []) {
        self.value = value
        self.warnings = warnings
    }
}
