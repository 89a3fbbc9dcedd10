// `scalelab [FILE.yaml]`: the editor window.
#include "cli/commands.h"
#include "document/document.h"
#include "document/scenario_commands.h"
#include "scenario/scenario_io.h"
#include "window/autosave.h"
#include "window/language.h"
#include "window/main_window.h"
#include "window/start_page.h"

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
    // The installed .desktop file's name: the desktop shows its icon for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.scalelab.ScaleLab"));
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
    Autosave autosave(window.document());
    window.show();
    const bool restored = offerRecovery(autosave, &window);
    if (!restored && !opened && StartPage::showAtStart() &&
        qEnvironmentVariableIsEmpty("SCALELAB_TEST_EDIT"))
        StartPage::showFor(&window);
    // Test hook: an edit made without a mouse (the design renamed to the variable's value),
    // so a test can kill the program with edits pending (tests/gui/tst_autosave.cpp).
    const QString testEdit = qEnvironmentVariable("SCALELAB_TEST_EDIT");
    if (!testEdit.isEmpty())
        window.document()->undoStack()->push(
            makeRenameScenarioCommand(window.document(), testEdit.toStdString()));
    return app.exec();
}

} // namespace scalelab
