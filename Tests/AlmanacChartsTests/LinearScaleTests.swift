@testable import AlmanacCharts
import Testing

@Suite("Nice scales and ticks")
struct LinearScaleTests {
    @Test("steps are 1, 2 or 5 times a power of ten", arguments: [
        (2546.18, 500.0), (10.0, 2.0), (1.0, 0.2), (0.07, 0.01), (130.0, 20.0), (35.0, 5.0),
    ])
    func niceSteps(span: Double, step: Double) {
        #expect(LinearScale.niceStep(span: span, count: 5) == step)
    }

    @Test("bars start at zero and the domain ends on a tick")
    func zeroBaseline() {
        let scale = LinearScale(covering: [1.45, 2546.18], includeZero: true, from: 200, to: 0)
        #expect(scale.ticks == [0, 500, 1000, 1500, 2000, 2500, 3000])
        #expect(scale.position(0) == 200)
        #expect(scale.position(3000) == 0)
        #expect(scale.baseline == 200)
    }

    @Test("negative values get ticks below zero")
    func negatives() {
        let scale = LinearScale(covering: [-9.8, 18.6], includeZero: true, from: 0, to: 1)
        #expect(scale.ticks == [-10, -5, 0, 5, 10, 15, 20])
        #expect(scale.baseline == 1.0 / 3)
    }

    @Test("decimal ticks do not drift")
    func decimalTicks() {
        let scale = LinearScale(covering: [0.12, 0.67], includeZero: false, from: 0, to: 1)
        #expect(scale.ticks == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    }

    @Test("lines may leave out zero", arguments: [false])
    func lineDomain(_ includeZero: Bool) {
        let scale = LinearScale(covering: [3.2, 9.1], includeZero: includeZero, from: 0, to: 1)
        #expect(scale.ticks.first == 3)
        #expect(scale.ticks.last == 10)
    }

    @Test("a single value still gets a span")
    func singleValue() {
        #expect(LinearScale(covering: [0], includeZero: false, from: 0, to: 1).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(LinearScale(covering: [50], includeZero: false, from: 0, to: 1).ticks == [44, 46, 48, 50, 52, 54, 56])
    }

    @Test("horizontal axes drop ticks until their labels fit")
    func fewerTicksForWideLabels() {
        let scale = LinearScale.horizontal(covering: [0, 186_590], includeZero: true, from: 0, to: 200, fontSize: 12) {
            $0.ticks.map { NumberFormatting.trimmed($0, decimals: 0, groupsThousands: true) }
        }
        #expect(scale.ticks == [0, 100_000, 200_000])
    }
}

extension LinearScaleTests {
    @Test func aSpanThatIsNotFiniteGivesAStepOfOneInsteadOfTrapping() {
        #expect(LinearScale.niceStep(span: .infinity, count: 5) == 1)
        #expect(LinearScale.niceStep(span: .nan, count: 5) == 1)
        let scale = LinearScale(covering: [1e15, -1e15], includeZero: true, from: 0, to: 100)
        #expect(scale.ticks.allSatisfy { $0.isFinite })
        #expect(scale.position(1e15).isFinite)
    }
}
