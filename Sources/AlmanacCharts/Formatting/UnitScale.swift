/// A unit split into its Chinese magnitude prefix and the rest (`亿元` → 10⁸ × `元`), so large
/// values can move to 万 or 亿 the way Chinese readers expect (25000元 → 2.5万元).
struct UnitScale: Hashable {
    /// The unit as the author wrote it.
    let unit: String
    /// The unit without its magnitude prefix.
    let base: String
    /// The power of ten of the prefix: 0, 4 (万), 8 (亿) or 12 (万亿).
    let power: Int

    init(_ unit: String) {
        self.unit = unit
        for (prefix, power) in Self.prefixes where unit.hasPrefix(prefix) && unit.count > 0 {
            self.base = String(unit.dropFirst(prefix.count))
            self.power = power
            return
        }
        self.base = unit
        self.power = 0
    }

    /// Percentages, percentage points and ratios never change scale.
    var isRelative: Bool {
        ["%", "‰", "‱", "百分点", "pp"].contains { base.contains($0) } || base == "倍"
    }

    /// The power of ten (0, 4, 8, 12) at which `magnitude`, a value in this unit, reads best in
    /// Chinese; never smaller than the unit's own power, since authors chose that on purpose.
    func chinesePower(for magnitude: Double) -> Int {
        guard !isRelative else { return power }
        let absolute = abs(magnitude) * Math.pow10(power)
        let best = Self.prefixes.map(\.1).filter { absolute >= Math.pow10($0) }.max() ?? 0
        return max(best, power)
    }

    /// The unit at another power, e.g. `元` at 4 → `万元`.
    func unit(atPower newPower: Int) -> String {
        guard newPower != power else { return unit }
        let prefix = Self.prefixes.first { $0.1 == newPower }?.0 ?? ""
        return prefix + base
    }

    /// Longest prefix first, so `万亿` is not read as `万`.
    private static let prefixes: [(String, Int)] = [("万亿", 12), ("亿", 8), ("万", 4)]
}
