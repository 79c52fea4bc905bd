import AlmanacCore
import Testing

@Suite struct NumberFormatTests {
    @Test func groupsThousandsForEnglish() {
        #expect(NumberFormat.standard(language: "en", decimals: 2).string(2546.18) == "2,546.18")
        #expect(NumberFormat.standard(language: "en", decimals: 0).string(1_234_567) == "1,234,567")
    }

    @Test func leavesChineseDigitsUngrouped() {
        #expect(NumberFormat.standard(language: "zh", decimals: 2).string(2546.18) == "2546.18")
    }

    @Test func padsAndRoundsToTheGivenDecimals() {
        #expect(NumberFormat(decimals: 1, groupsThousands: false).string(6) == "6.0")
        #expect(NumberFormat(decimals: 2, groupsThousands: false).string(1.005) == "1.01")
        #expect(NumberFormat(decimals: 0, groupsThousands: false).string(2.5) == "3")
    }

    @Test func keepsTheSignOfNegativesButNotOfZero() {
        #expect(NumberFormat(decimals: 1, groupsThousands: true).string(-1234.56) == "-1,234.6")
        #expect(NumberFormat(decimals: 1, groupsThousands: true).string(-0.01) == "0.0")
    }

    @Test func trimsTrailingZeroDecimals() {
        let format = NumberFormat(decimals: 2, groupsThousands: true)
        #expect(format.trimmedString(2.5) == "2.5")
        #expect(format.trimmedString(3) == "3")
        #expect(format.trimmedString(1200.10) == "1,200.1")
        #expect(format.trimmedString(-0.001) == "0")
        #expect(NumberFormat(decimals: 0, groupsThousands: false).trimmedString(100) == "100")
    }

    @Test func padsFractionsWithLeadingZeros() {
        #expect(NumberFormat(decimals: 3, groupsThousands: false).string(7.005) == "7.005")
        #expect(NumberFormat(decimals: 3, groupsThousands: true).string(1000.05) == "1,000.050")
    }
}
