// Loading a scenario from a path: only a regular file is read, and never more than the
// 8 MiB limit. A device never ends (/dev/zero read gigabytes) and a FIFO may never send a
// byte (the loader blocked forever); both are refused at once with a message naming them.
#include "scenario/scenario_io.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fstream>
#include <string>
#include <sys/stat.h>

using namespace scalelab;

namespace {

/// Loads and returns (message, seconds taken).
std::pair<std::string, double> load(const std::string &path)
{
    const auto start = std::chrono::steady_clock::now();
    const LoadResult r = loadScenarioFile(path);
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return {r.ok() ? std::string("ok") : r.message(), s};
}

} // namespace

class TestScenarioFile : public QObject {
    Q_OBJECT

private slots:
    void refusesDevicesAtOnce_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("zero") << "/dev/zero";
        QTest::newRow("urandom") << "/dev/urandom";
        QTest::newRow("null") << "/dev/null";
    }

    void refusesDevicesAtOnce()
    {
        QFETCH(QString, path);
        const auto [message, seconds] = load(path.toStdString());
        QVERIFY2(message.find("'" + path.toStdString() + "'") != std::string::npos,
                 message.c_str());
        QVERIFY2(message.find("not a scenario file") != std::string::npos, message.c_str());
        QVERIFY2(seconds < 1.0, qPrintable(QString::number(seconds)));
    }

    void refusesAFifoWithoutWaitingForIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string fifo = dir.filePath(QStringLiteral("pipe.yaml")).toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        // Before the fix this call never returned: no writer ever opens the pipe.
        const auto [message, seconds] = load(fifo);
        QVERIFY2(message.find(fifo) != std::string::npos, message.c_str());
        QVERIFY2(message.find("pipe") != std::string::npos, message.c_str());
        QVERIFY(seconds < 1.0);
    }

    void refusesAFolder()
    {
        QTemporaryDir dir;
        const auto [message, seconds] = load(dir.path().toStdString());
        QVERIFY2(message.find("folder") != std::string::npos, message.c_str());
    }

    void refusesALargeFileWithItsSize()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("big.yaml")).toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            out << "scalelab: 1\nname: \"" << std::string(9 * 1024 * 1024, 'x') << "\"\n";
        }
        const auto [message, seconds] = load(path);
        QVERIFY2(message.find("the file is 9 MiB; a scenario file may be at most 8 MiB") !=
                     std::string::npos,
                 message.c_str());
    }

    void readsARegularFileThroughASymlink()
    {
        QTemporaryDir dir;
        const std::string link = dir.filePath(QStringLiteral("link.yaml")).toStdString();
        const std::string example = SCALELAB_EXAMPLES_DIR "/01-single-server.yaml";
        QCOMPARE(::symlink(example.c_str(), link.c_str()), 0);
        QCOMPARE(load(link).first, std::string("ok"));
    }
};

QTEST_APPLESS_MAIN(TestScenarioFile)
#include "tst_scenario_file.moc"
