// The Korean translation covers every string a person reads: lupdate run on the sources
// now finds nothing the committed catalogue lacks, no entry is unfinished, and the
// compiled catalogue in the program turns the interface Korean.
#include "window/language.h"
#include "window/main_window.h"

#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace scalelab;

namespace {

const QString kTs = QStringLiteral(SCALELAB_SOURCE_DIR "/resources/translations/scalelab_ko.ts");

struct Catalogue {
    QSet<QString> sources; ///< "context|source"
    QStringList unfinished;
};

Catalogue read(const QString &path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool open =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            c.sources.insert(context + '|' + source);
            if (open || text.isEmpty())
                c.unfinished << context + '|' + source;
        }
    }
    return c;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void nothingUnfinished()
    {
        const Catalogue ko = read(kTs);
        QVERIFY(ko.sources.size() > 300);
        QVERIFY2(ko.unfinished.isEmpty(), qPrintable(ko.unfinished.join('\n')));
    }

    void catalogueIsUpToDateWithTheSources()
    {
        // What lupdate finds in the sources today must all be in the committed file.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ko.ts"));
        QProcess p;
        p.setWorkingDirectory(QStringLiteral(SCALELAB_SOURCE_DIR));
        p.start(QStringLiteral(SCALELAB_LUPDATE),
                {"-silent", "-locations", "none", "app", "views", "model", "-ts", fresh});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError());
        const Catalogue now = read(fresh);
        const Catalogue ko = read(kTs);
        QStringList missing;
        for (const QString &s : now.sources)
            if (!ko.sources.contains(s))
                missing << s;
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable("run `cmake --build build --target update_translations` and "
                            "translate (docs/translating.md):\n" +
                            missing.join('\n')));
    }

    void theInterfaceTurnsKorean()
    {
        QTranslator ko;
        QVERIFY(ko.load(QStringLiteral(":/i18n/scalelab_ko.qm")));
        QCOMPARE(ko.translate("scalelab::MainWindow", "&File"), QStringLiteral("파일(&F)"));
        QCOMPARE(ko.translate("scalelab::Param", "Workers"), QStringLiteral("워커"));
        QCOMPARE(ko.translate("scalelab::Kind", "Load balancer"), QStringLiteral("로드밸런서"));
        QVERIFY(!ko.translate("scalelab::Lesson", "1. A single server").isEmpty());
        QCOMPARE(installTranslations(QStringLiteral("ko")), QStringLiteral("ko"));
        MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("파일(&F)")), qPrintable(menus.join(' ')));
        QVERIFY(menus.contains(QStringLiteral("강의(&L)")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
