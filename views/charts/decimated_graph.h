#pragma once

#include <qcustomplot.h>

namespace scalelab {

/// A QCPGraph that draws a dense line as one vertical stroke per pixel column: the minimum
/// and maximum of the samples falling into each column, in the order they occurred. The
/// picture is the same as drawing every sample (a 1-pixel line covers min..max of its
/// column either way), but a polyline of 100,000 visible samples becomes about two points
/// per column instead of QCustomPlot's four, which halves the stroking work of a replot.
/// The graph keeps all its data: read-outs, value ranges and CSV export see every sample.
/// NaN samples still break the line.
class DecimatedGraph : public QCPGraph {
    Q_OBJECT
public:
    DecimatedGraph(QCPAxis *keyAxis, QCPAxis *valueAxis);

protected:
    void getOptimizedLineData(QVector<QCPGraphData> *lineData,
                              const QCPGraphDataContainer::const_iterator &begin,
                              const QCPGraphDataContainer::const_iterator &end) const override;
};

} // namespace scalelab
