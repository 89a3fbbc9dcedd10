// `scalelab [FILE.yaml]`: the editor window.
#include "cli/commands.h"
#include "document/document.h"
#include "window/language.h"
#include "window/main_window.h"
#include "scenario/scenario_io.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

namespace scalelab {

namespace {

/// The example a first start opens: stage 4 (a balancer in front of web servers) shows
/// every editor feature at once. Looked up in the source tree, then beside the program.
QString defaultExamplePath()
{
    const QString name = QStringLiteral("04-load-balancer.yaml");
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs = {QStringLiteral(SCALELAB_EXAMPLES_DIR), appDir + "/examples",
                              appDir + "/../examples", appDir + "/../share/scalelab/examples"};
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(name);
        if (QFileInfo::exists(path))
            return QDir::cleanPath(path);
    }
    return {};
}

} // namespace

int guiMain(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("ScaleLab"));
    installTranslations(); // the system locale's language, or View > Language's choice

    MainWindow window;
    const QStringList args = QApplication::arguments();
    bool opened = false;
    if (args.size() >= 2)
        opened = window.openFile(args.at(1)).isEmpty();
    if (!opened) {
        // The example opens as an untitled copy so that Save never overwrites it.
        const QString example = defaultExamplePath();
        const LoadResult result =
            example.isEmpty() ? LoadResult{} : loadScenarioFile(example.toStdString());
        window.openUntitled(result.ok() ? *result.scenario : builtInExample());
    }
    window.show();
    return app.exec();
}

} // namespace scalelab
