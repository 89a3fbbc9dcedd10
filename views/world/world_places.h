#pragma once

#include <QColor>
#include <QPointF>
#include <QPolygonF>
#include <QString>

#include <vector>

namespace scalelab {

/// Where a region is drawn on the schematic world map: longitude and latitude in degrees
/// (x = longitude, y = latitude). The six regions of the default latency table stand at a
/// typical cloud location of their area (us-east in Virginia, europe in Frankfurt, asia in
/// Tokyo ...); other names are placed by a word they contain (tokyo, india, brazil, eu-
/// ...). known is false when nothing matched: the view then lines such regions up under
/// the map rather than pretend to know where they are.
QPointF regionPlace(const QString &region, bool *known);

/// Rough outlines of the continents, in longitude/latitude: a backdrop that lets a
/// student recognise the world, not a map to navigate by.
const std::vector<QPolygonF> &continentOutlines();

/// The colour of a design's i-th region (in the order regionsOf gives), the same on the
/// Regions chart and the world map. No red: red means failure.
QColor regionColor(int index);

} // namespace scalelab
