// The fault markers of a live chart: a dashed line at the time of each failure, recovery
// or slow-down, with the component's name on a label; labels close in time are stacked.
#include "charts/live_chart.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace scalelab {

namespace {
constexpr int kMarkerRows = 4;            ///< fault labels close in time stack this deep
constexpr double kMarkerRowHeight = 0.11; ///< a row, as a share of the plot's height
constexpr double kMarkerNearShare = 0.07; ///< "close in time": this share of the window
} // namespace

void LiveChart::addMarker(const LogEntry &entry)
{
    const int kind = faultMarkerKind(entry.what);
    if (kind == 0)
        return;
    if (static_cast<int>(m_markers.size()) >= kMaxMarkers) {
        removeItem(m_markers.front().first);
        removeItem(m_markers.front().second);
        m_markers.erase(m_markers.begin());
    }
    const QColor color = kind == 1   ? QColor(0xdc, 0x26, 0x26)
                         : kind == 2 ? QColor(0x16, 0xa3, 0x4a)
                         : kind == 4 ? QColor(0x7c, 0x3a, 0xed)
                                     : QColor(0xd9, 0x77, 0x06);
    auto *line = new QCPItemStraightLine(this);
    line->setLayer(m_markerLayer);
    line->point1->setCoords(entry.t_s, 0);
    line->point2->setCoords(entry.t_s, 1);
    line->setPen(QPen(color, 1.5, Qt::DashLine));
    auto *label = new QCPItemText(this);
    label->setLayer(m_markerLayer);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // Stacked below the labels of markers close in time (a share of the visible window,
    // which is about a label's width), cycling through a few rows.
    const double near = std::max(1.0, m_window * kMarkerNearShare);
    std::array<bool, kMarkerRows> taken{};
    for (const auto &[otherLine, otherLabel] : m_markers)
        if (std::abs(otherLine->point1->coords().x() - entry.t_s) < near)
            taken[static_cast<std::size_t>(
                      std::lround(otherLabel->position->coords().y() / kMarkerRowHeight)) %
                  kMarkerRows] = true;
    int row = 0;
    while (row < kMarkerRows && taken[static_cast<std::size_t>(row)])
        ++row;
    label->position->setCoords(entry.t_s, (row % kMarkerRows) * kMarkerRowHeight);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setPadding(QMargins(3, 2, 3, 2));
    label->setText(QString::fromStdString(entry.component));
    label->setColor(Qt::white);
    label->setBrush(color);
    QFont f = font();
    f.setPointSizeF(7.5);
    label->setFont(f);
    label->setSelectable(false);
    line->setSelectable(false);
    m_markers.emplace_back(line, label);
}

} // namespace scalelab
