#pragma once

#include "scenario/scenario.h"
#include "sim/frame.h"

#include <QHash>
#include <QWidget>

#include <vector>

namespace scalelab {

/// The world-latency view of stage 9: the regions a design uses as dots at their rough
/// place on a schematic world map (regions of unknown place in a row under it), a line
/// between every two of them labelled with the one-way latency (bold where the design
/// sets its own value, else the default table's), and beside each region its data centers,
/// its users and, while a run goes on, its users' p95 latency of the last second.
/// Passive: it draws the design it is given and the frames it is shown.
class WorldLatencyView : public QWidget {
    Q_OBJECT
public:
    explicit WorldLatencyView(QWidget *parent = nullptr);

    /// The regions, latencies, data centers and users of a design.
    void setScenario(const Scenario &scenario);
    /// Takes each region's p95 of the newest second from the frame's rows.
    void appendFrame(const Frame &frame);
    /// Forgets the live figures (a new run).
    void clearLive();

    QStringList regions() const;
    /// Where a region's dot is drawn, in widget pixels; (-1, -1) if it is not shown.
    QPointF dotPosition(const QString &region) const;
    /// Whether the region stands at a known place (else it is lined up under the map).
    bool placeKnown(const QString &region) const;
    /// The label of the line between two regions, e.g. "40 ms"; empty if there is none.
    QString latencyLabel(const QString &a, const QString &b) const;
    /// The live p95 of a region's users in ms, NaN before any.
    double liveP95(const QString &region) const;

    QSize sizeHint() const override { return {760, 360}; }
    QSize minimumSizeHint() const override { return {360, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Region {
        QString name;
        QPointF lonLat;
        bool known = false;
        QStringList dataCenters;
        QStringList users;
    };
    struct Pair {
        int a = 0;
        int b = 0;
        double ms = 0;
        bool overridden = false;
    };
    QRectF mapRect() const;
    QRectF unknownBand() const;
    QPointF toPixel(const QPointF &lonLat) const;
    /// Dot positions in pixels, in m_regions' order (places shared by two regions spread).
    std::vector<QPointF> dotPositions() const;
    void drawMap(QPainter &p) const;
    /// The line between two regions, or (label) its latency in a box at its middle.
    void drawPair(QPainter &p, const Pair &pair, const std::vector<QPointF> &dots,
                  bool label) const;
    void drawRegion(QPainter &p, int i, const QPointF &dot) const;
    void drawLegend(QPainter &p) const;

    std::vector<Region> m_regions;
    std::vector<Pair> m_pairs;
    QHash<QString, double> m_p95;
};

} // namespace scalelab
