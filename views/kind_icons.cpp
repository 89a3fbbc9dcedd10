#include "kind_icons.h"

namespace scalelab {

QString iconPath(ComponentKind kind)
{
    // The file names are the YAML names, so a new kind needs only its SVG.
    return iconPath(QString::fromLatin1(toString(kind)));
}

QString iconPath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

QIcon iconFor(ComponentKind kind)
{
    return QIcon(iconPath(kind));
}

QString displayName(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Service:
        return QStringLiteral("Service");
    case ComponentKind::Dns:
        return QStringLiteral("DNS");
    case ComponentKind::LoadBalancer:
        return QStringLiteral("Load balancer");
    case ComponentKind::WebServer:
        return QStringLiteral("Web server");
    case ComponentKind::Database:
        return QStringLiteral("Database");
    }
    return QString::fromLatin1(toString(kind));
}

} // namespace scalelab
