#pragma once

// Icons and display names of component kinds, shared by the palette, the canvas cards and
// the inspector so that a kind looks the same everywhere. The SVGs live in resources/icons
// and are compiled into the application (resources.qrc).

#include "scenario/scenario.h"

#include <QIcon>
#include <QString>

namespace scalelab {

/// Resource path of the kind's icon, e.g. ":/icons/web_server.svg".
QString iconPath(ComponentKind kind);
/// Resource path of any icon by its file name without extension, e.g. ":/icons/cache.svg";
/// covers icons of kinds the model does not have yet (cache, cdn, queue, shard, app).
QString iconPath(const QString &name);
/// The kind's icon (scalable: rendered crisp at any size).
QIcon iconFor(ComponentKind kind);
/// Name a student reads, e.g. "Load balancer" (the YAML name is toString(kind)).
QString displayName(ComponentKind kind);
/// The kind's one-line description, translated.
QString kindDescription(ComponentKind kind);

} // namespace scalelab
