import AlmanacCore

/// The time a figure is for: a year, part of a year, or a span of years.
public enum Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    case year(Int)
    case half(Int, Int)
    case quarter(Int, Int)
    case month(Int, Int)
    case span(Int, Int)

    /// Reads `2019`, `2020-H1`, `2025-Q3`, `2025-09` or `2016..2019`; nil for anything else.
    public init?(_ text: String) {
        if let year = Self.year(text) {
            self = .year(year)
        } else if let range = text.range(of: "..") {
            guard let first = Self.year(text[..<range.lowerBound]), let last = Self.year(text[range.upperBound...]),
                  first < last else { return nil }
            self = .span(first, last)
        } else {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let year = Self.year(parts[0]), let part = Self.part(parts[1]) else { return nil }
            self = part(year)
        }
    }

    /// The canonical spelling, as the author writes it.
    public var description: String {
        switch self {
        case let .year(year): "\(year)"
        case let .half(year, half): "\(year)-H\(half)"
        case let .quarter(year, quarter): "\(year)-Q\(quarter)"
        case let .month(year, month): month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)"
        case let .span(first, last): "\(first)..\(last)"
        }
    }

    /// The last year the period touches, used to order a series along a time axis.
    public var endYear: Int {
        switch self {
        case let .year(year), let .half(year, _), let .quarter(year, _), let .month(year, _): year
        case let .span(_, last): last
        }
    }

    /// The frequency a series of such periods has: a half-year is compared with half-years only.
    public var frequency: Frequency {
        switch self {
        case .year: .annual
        case .half: .halfYearly
        case .quarter: .quarterly
        case .month: .monthly
        case .span: .irregular
        }
    }

    /// Periods sort by when they end, then shorter before longer (2020-H1 before 2020).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.endMonth, lhs.lengthInMonths, lhs.description) < (rhs.endMonth, rhs.lengthInMonths, rhs.description)
    }
}

private extension Period {
    var endMonth: Int {
        switch self {
        case let .year(year), let .span(_, year): year * 12 + 12
        case let .half(year, half): year * 12 + half * 6
        case let .quarter(year, quarter): year * 12 + quarter * 3
        case let .month(year, month): year * 12 + month
        }
    }

    var lengthInMonths: Int {
        switch self {
        case .year: 12
        case .half: 6
        case .quarter: 3
        case .month: 1
        case let .span(first, last): (last - first + 1) * 12
        }
    }

    static func year<S: StringProtocol>(_ text: S) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), year >= 1000 else { return nil }
        return year
    }

    static func part<S: StringProtocol>(_ text: S) -> ((Int) -> Period)? {
        let rest = text.dropFirst()
        switch text.first {
        case "H": if let half = Int(rest), (1...2).contains(half), rest.count == 1 { return { .half($0, half) } }
        case "Q": if let quarter = Int(rest), (1...4).contains(quarter), rest.count == 1 { return { .quarter($0, quarter) } }
        default: if text.count == 2, let month = Int(text), (1...12).contains(month) { return { .month($0, month) } }
        }
        return nil
    }
}
