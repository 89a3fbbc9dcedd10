// The diagram exports given to the formats' own tools, where installed: PlantUML and
// Graphviz must accept the files (exit 0, no error), and mermaid-cli must render the
// Mermaid file. Skipped when a tool is absent; CI does not install them (docs/exports.md).
#include "common/diagram_designs.h"
#include "export/diagram.h"
#include "export/diagram_formats.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scalelab;
using namespace scalelab::test;

namespace {

bool toolAvailable(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

/// Runs a tool on `input` written to a file; returns its exit code and error output.
std::pair<int, QByteArray> runTool(const QString &program, QStringList args, const QString &file,
                                   const std::string &input)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {-1, "cannot write"};
    f.write(QByteArray::fromStdString(input));
    f.close();
    args.replaceInStrings(QStringLiteral("@"), path);
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(program, args);
    if (!p.waitForFinished(180000))
        return {-1, "timed out"};
    QByteArray err = p.readAllStandardError() + p.readAllStandardOutput().left(2000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, err};
}

} // namespace

class TestDiagramExportTools : public QObject {
    Q_OBJECT
private slots:
    void plantUmlAcceptsIt();
    void graphvizAcceptsIt();
    void mermaidCliAcceptsIt();
};

void TestDiagramExportTools::plantUmlAcceptsIt()
{
    if (!toolAvailable(QStringLiteral("plantuml")))
        QSKIP("plantuml is not installed (apt-get install plantuml)");
    const auto [code, err] =
        runTool(QStringLiteral("plantuml"),
                {QStringLiteral("-failfast2"), QStringLiteral("-charset"), QStringLiteral("UTF-8"),
                 QStringLiteral("-tsvg"), QStringLiteral("@")},
                QStringLiteral("d.puml"), toPlantUml(buildDiagram(nastyDesign())));
    QVERIFY2(code == 0, err.constData());
}

void TestDiagramExportTools::graphvizAcceptsIt()
{
    if (!toolAvailable(QStringLiteral("dot")))
        QSKIP("graphviz is not installed (apt-get install graphviz)");
    const auto [code, err] =
        runTool(QStringLiteral("dot"),
                {QStringLiteral("-Tsvg"), QStringLiteral("@"), QStringLiteral("-o"),
                 QStringLiteral("@.svg")},
                QStringLiteral("d.dot"), toGraphviz(buildDiagram(nastyDesign())));
    QVERIFY2(code == 0 && err.isEmpty(), err.constData());
}

void TestDiagramExportTools::mermaidCliAcceptsIt()
{
    // mermaid-cli needs a browser: set SCALELAB_MMDC to its mmdc and, if needed,
    // SCALELAB_MMDC_PUPPETEER to a puppeteer config (docs/exports.md).
    const QString mmdc = qEnvironmentVariable("SCALELAB_MMDC");
    if (mmdc.isEmpty() || !QFile::exists(mmdc))
        QSKIP("mermaid-cli is not set up (SCALELAB_MMDC, see docs/exports.md)");
    QStringList args{QStringLiteral("-i"), QStringLiteral("@"), QStringLiteral("-o"),
                     QStringLiteral("@.svg")};
    const QString config = qEnvironmentVariable("SCALELAB_MMDC_PUPPETEER");
    if (!config.isEmpty())
        args << QStringLiteral("-p") << config;
    const auto [code, err] =
        runTool(mmdc, args, QStringLiteral("d.mmd"), toMermaid(buildDiagram(nastyDesign())));
    QVERIFY2(code == 0, err.constData());
}

QTEST_APPLESS_MAIN(TestDiagramExportTools)
#include "tst_diagram_export_tools.moc"
