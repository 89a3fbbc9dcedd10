#include "canvas/diagram_export.h"

#include "atomic_file.h"
#include "canvas/canvas_scene.h"
#include "canvas/diagram_renderer.h"
#include "canvas/group_item.h"
#include "export/diagram_formats.h"
#include "kind_icons.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace scalelab::diagram_export {

QStringList suffixes()
{
    QStringList all{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    for (const std::string &s : diagramFormatExtensions())
        all << QString::fromStdString(s);
    return all;
}

bool isSupported(const QString &path)
{
    return suffixes().contains(QFileInfo(path).suffix().toLower());
}

DiagramTexts translatedTexts()
{
    DiagramTexts texts;
    texts.kindName = [](ComponentKind kind) { return displayName(kind).toStdString(); };
    texts.groupKindName = [](GroupKind kind) { return groupKindName(kind).toStdString(); };
    texts.replicationLabel = [](const Component &primary) {
        return replicationModeText(primary).toStdString();
    };
    return texts;
}

std::string iconSvg(const std::string &kindYaml)
{
    QFile file(iconPath(QString::fromStdString(kindYaml)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

QString write(const Scenario &scenario, const QString &path, const Options &options)
{
    DiagramFormat format{};
    if (diagramFormatFor(path.toStdString(), format)) {
        const std::string text =
            writeDiagram(buildDiagram(scenario, translatedTexts()), format, iconSvg);
        return atomic_file::writeBytes(path, QByteArray::fromStdString(text));
    }
    if (!DiagramRenderer::isSupported(path)) {
        return QCoreApplication::translate("scalelab::DiagramExport",
                                           "%1: unknown diagram format; use one of %2")
            .arg(path, QStringLiteral(".") + suffixes().join(QStringLiteral(", .")));
    }
    if (options.liveScene) {
        DiagramRenderer renderer(options.liveScene);
        renderer.setScale(options.scale);
        return renderer.write(path);
    }
    // A scene of its own: nothing of a run is on it, whatever the window shows.
    CanvasScene scene;
    scene.syncAll(scenario);
    DiagramRenderer renderer(&scene);
    renderer.setScale(options.scale);
    return renderer.write(path);
}

} // namespace scalelab::diagram_export
