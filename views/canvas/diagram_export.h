#pragma once

// Writes a design's diagram to a file, the format chosen by the file's extension: a
// picture (PNG, SVG, PDF: DiagramRenderer) or a diagram other tools open and edit
// (Mermaid, PlantUML, Graphviz DOT, draw.io, Excalidraw: model/export/). File ▸ Export
// and `scalelab export` both come here, so they write the same bytes for the same design.

#include "export/diagram.h"

#include <QString>
#include <QStringList>

namespace scalelab {

class CanvasScene;
struct Scenario;

namespace diagram_export {

/// Every extension it writes, without the dot: png, svg, pdf, then the editable formats.
QStringList suffixes();
bool isSupported(const QString &path);
/// The words of the editable formats (kind names …) in the application's language.
DiagramTexts translatedTexts();
/// A kind's icon as SVG text, from the application's resources.
std::string iconSvg(const std::string &kindYaml);

struct Options {
    qreal scale = 2.0; ///< pictures: PNG pixels per scene unit
    /// Pictures: draw this scene as it is, with a run's overlays (utilization, queue bars,
    /// requests in flight, servers added by autoscaling). Null: a clean diagram of the
    /// design, drawn on a scene of its own.
    CanvasScene *liveScene = nullptr;
};

/// Writes the file whole or not at all. Returns an error message, or empty on success.
QString write(const Scenario &scenario, const QString &path, const Options &options);

} // namespace diagram_export
} // namespace scalelab
