import AlmanacCore

/// Number spellings used inside SVG and in messages, where no locale applies.
enum NumberFormatting {
    /// A coordinate with at most two decimals and no trailing zeros, so output is small and stable.
    static func coordinate(_ value: Double) -> String {
        trimmed(value, decimals: 2)
    }

    /// `value` with up to `decimals` decimals, trailing zeros dropped (`2.50` → `2.5`).
    static func trimmed(_ value: Double, decimals: Int, groupsThousands: Bool = false) -> String {
        NumberFormat(decimals: decimals, groupsThousands: groupsThousands).trimmedString(value)
    }

    /// The decimals needed to tell apart multiples of `step` (0.25 → 2, 5 → 0).
    static func decimals(forStep step: Double) -> Int {
        var decimals = 0
        var scaled = abs(step)
        while decimals < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, scaled) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }
}
