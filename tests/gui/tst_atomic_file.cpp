// Files are written whole or not at all: a write over an existing file either replaces it
// completely or, when it fails halfway, leaves it exactly as it was, with no temporary
// file left beside it. (kill -9 during an export used to leave torn PNGs and SVGs.)
#include "atomic_file.h"
#include "canvas/canvas_scene.h"
#include "canvas/diagram_renderer.h"
#include "scenario/scenario_io.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace scalelab;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

ino_t inode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

private slots:
    void replacesTheOldFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        put(path, "old contents");
        QCOMPARE(atomic_file::writeBytes(path, "new"), QString());
        QCOMPARE(contents(path), QByteArray("new"));
        QCOMPARE(filesIn(dir), QStringList{"out.txt"});
    }

    void aFailedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.svg"));
        put(path, "old contents");
        const QString error = atomic_file::write(path, [](QIODevice &out) {
            out.write("half of the new fi");
            return false; // the renderer failed midway
        });
        QVERIFY(error.contains(path));
        QCOMPARE(contents(path), QByteArray("old contents"));
        QCOMPARE(filesIn(dir), QStringList{"out.svg"});
    }

    void aFailedNamedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        put(path, "old contents");
        QString written;
        const QString error = atomic_file::writeByName(path, [&](const QString &tmp) {
            written = tmp;
            put(tmp, "half");
            return false;
        });
        QVERIFY(!error.isEmpty());
        QVERIFY(written != path);
        QCOMPARE(QFileInfo(written).absolutePath(), QFileInfo(path).absolutePath());
        QCOMPARE(contents(path), QByteArray("old contents"));
        QCOMPARE(filesIn(dir), QStringList{"chart.pdf"});
    }

    void aNamedWriteReplacesTheFileWithItsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        put(path, "old contents");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
        const QString error = atomic_file::writeByName(path, [](const QString &tmp) {
            put(tmp, "new picture");
            return true;
        });
        QCOMPARE(error, QString());
        QCOMPARE(contents(path), QByteArray("new picture"));
        QVERIFY(QFileInfo(path).permissions() & QFile::ReadOther);
        QCOMPARE(filesIn(dir), QStringList{"chart.png"});
    }

    void aMissingFolderIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/out.png"));
        QVERIFY(atomic_file::writeBytes(path, "x").contains(path));
        QVERIFY(
            atomic_file::writeByName(path, [](const QString &) { return true; }).contains(path));
        QVERIFY(filesIn(dir).isEmpty());
    }

    void diagramExportsRenameANewFileOverTheOld_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "d.png" << QByteArray("\x89PNG");
        QTest::newRow("svg") << "d.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "d.pdf" << QByteArray("%PDF");
    }

    void diagramExportsRenameANewFileOverTheOld()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        const LoadResult loaded =
            loadScenarioFile(SCALELAB_EXAMPLES_DIR "/02-web-and-data-tier.yaml");
        QVERIFY(loaded.ok());
        CanvasScene scene;
        scene.syncAll(*loaded.scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        put(path, "old contents");
        const ino_t before = inode(path);
        QCOMPARE(DiagramRenderer(&scene).write(path), QString());
        QVERIFY(contents(path).startsWith(magic));
        QVERIFY(inode(path) != before);
        QCOMPARE(filesIn(dir), QStringList{name});
    }
};

QTEST_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
