/// The rule a donut's numbers must follow: shares in percent, none negative, at most 100 in all.
enum DonutShares {
    /// Tolerance for shares that were rounded before publishing, e.g. 33.3 + 33.3 + 33.4.
    static let tolerance = 0.05

    /// A message saying what to fix, or nil when the shares are fine.
    static func problem(in table: ChartTable) -> String? {
        guard let series = table.series.first else { return nil }
        if let target = zip(table.labels, series.targets).first(where: { $0.1 != nil }) {
            return "donut share of \"\(target.0)\" is a target: a donut shows shares as they are; remove \"kind: target\""
        }
        let values = series.values.compactMap { $0?.value }
        if let negative = zip(table.labels, series.values).first(where: { ($0.1?.value ?? 0) < 0 }) {
            return "donut share of \"\(negative.0)\" is negative: shares must be 0 or more"
        }
        let total = values.reduce(0, +)
        guard total > 100 + tolerance else { return nil }
        let sum = NumberFormatting.trimmed(total, decimals: max(table.decimals, 1))
        return "donut shares add up to \(sum), more than 100: correct them so they add up to 100 or less "
            + "(the rest is shown as \"other\")"
    }

    /// What is left to 100, or nil when the shares already fill the ring.
    static func remainder(of table: ChartTable) -> Double? {
        let total = table.series.first?.values.compactMap { $0?.value }.reduce(0, +) ?? 0
        let rest = 100 - total
        return rest > tolerance ? rest : nil
    }
}
