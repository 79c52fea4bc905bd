import AlmanacCore
/// A chart drawn once, written out in each form it is published in: the figure inside a page,
/// the standalone SVG file and the CSV of its numbers.
public struct DrawnChart: Sendable {
    let canvas: ChartCanvas
    let drawing: Drawing
    let description: String
    let context: ChartContext

    /// The chart's title as readers see it: the spec's, or what it shows.
    public var title: String { canvas.chart.spec.title ?? canvas.chart.subject }

    /// `<figure>` with inline SVG, caption, source, notes, download links and data table.
    public var figure: String {
        FigureWriter(canvas: canvas, context: context).write(drawing, description: description)
    }

    /// The chart as an SVG document that stands on its own: title, source and notes inside,
    /// colours fixed, no stylesheet needed.
    public var standaloneSVG: String {
        StandaloneSVGWriter(canvas: canvas).write(drawing, description: description, credit: context.files?.credit)
    }

    /// The chart's numbers, one row per value, in the chart's unit.
    public var csv: String {
        ChartCSVWriter(canvas: canvas).write()
    }

    /// A height in CSS pixels at which an `<iframe>` shows the whole chart page: the drawing at
    /// the page's widest column (40rem, 1.6 times the drawing's width) plus caption, notes and
    /// the folded data table.
    public var frameHeight: Int {
        Int((drawing.height * 1.6 + 160 + 24 * Double(canvas.chart.spec.notes.count)).rounded())
    }

    /// The figure without its download links, for the chart's own embeddable page.
    public var embeddedFigure: String {
        var alone = context
        alone.files = nil
        alone.dataURL = nil
        return FigureWriter(canvas: canvas, context: alone).write(drawing, description: description)
    }
}
