import AlmanacCore

/// Tick labels for a value axis: one shared scale for all ticks (so a Chinese axis reads
/// 0, 0.5, 1, 1.5 under a "万元" heading), decimals just enough for the step, and the unit
/// either on every tick (`6%`) or once as the axis heading.
struct AxisFormatter {
    let language: String
    let unit: String
    /// The language's magnitude words, for axes of languages that count in thousands
    /// (`billion yuan` as the heading of an axis reading 0, 100, 200, 300).
    var words: FigureWords? = nil

    /// Tick labels, the heading above the axis, and what values were divided by to match it.
    struct Result {
        let labels: [String]
        let heading: String?
        let divisor: Double
        /// True when the unit is written on every label (`6%`) rather than in the heading.
        let unitOnLabels: Bool

        /// A value as a label on the chart, in the axis's scale (so 25000元 reads 2.5 under 万元),
        /// with the decimals it was written with (`written`, nil for computed values).
        func valueLabel(_ value: Double, decimals written: Int? = nil, format: ValueFormatter) -> String {
            let shift = Int(Math.log10(divisor).rounded())
            let own = format.decimals(written)
            let standard = NumberFormat.standard(language: format.language, decimals: shift == 0 ? own : min(own + shift, 2))
            // Scaled down, a value keeps the digits it was written with and no more: 2600亿元 is
            // "260" under "billion yuan", 2546.18亿元 "254.62".
            let number = shift == 0 ? standard.string(value / divisor) : standard.trimmedString(value / divisor)
            return unitOnLabels ? format.attach(number, unit: format.unit) : number
        }
    }

    /// Labels for `ticks` spaced `step` apart, and the heading to write above the axis.
    func labels(ticks: [Double], step: Double) -> Result {
        let scale = UnitScale(unit)
        let largest = ticks.map(abs).max() ?? 0
        if !LanguageStyle.of(language).countsInMyriads, !scale.isRelative,
           let word = (words ?? .standard(for: language)).magnitudes.last(where: { largest >= Math.pow10($0.power) }) {
            let divisor = Math.pow10(word.power)
            let format = NumberFormat.standard(language: language, decimals: NumberFormatting.decimals(forStep: step / divisor))
            return Result(labels: ticks.map { format.string($0 / divisor) }, heading: unit.isEmpty ? word.word : word.word + " " + unit,
                          divisor: divisor, unitOnLabels: false)
        }
        let power = LanguageStyle.of(language).countsInMyriads ? scale.chinesePower(for: largest) : scale.power
        let divisor = Math.pow10(power - scale.power)
        let decimals = NumberFormatting.decimals(forStep: step / divisor)
        let format = NumberFormat.standard(language: language, decimals: decimals)
        let numbers = ticks.map { format.string($0 / divisor) }
        let shownUnit = scale.unit(atPower: power)
        if scale.isRelative && shownUnit.count <= 2 {
            let formatter = ValueFormatter(language: language, unit: shownUnit, decimals: decimals)
            let labels = numbers.map { formatter.attach($0, unit: shownUnit) }
            return Result(labels: labels, heading: nil, divisor: divisor, unitOnLabels: true)
        }
        return Result(labels: numbers, heading: shownUnit.isEmpty ? nil : shownUnit, divisor: divisor,
                      unitOnLabels: false)
    }
}
