// The inspector's link page: each committed edit of a field is exactly one linkEdited
// signal with the whole new link (the other pages: tst_inspector.cpp).
#include "common/typing.h"
#include "inspector/inspector_widget.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace scalelab;
using namespace scalelab::test;

class TestInspectorLink : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_inspector = std::make_unique<InspectorWidget>();
        m_inspector->resize(320, 800);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
        m_inspector->activateWindow();
        m_linkSpy = std::make_unique<QSignalSpy>(m_inspector.get(), &InspectorWidget::linkEdited);
        m_allSpy =
            std::make_unique<QSignalSpy>(m_inspector.get(), &InspectorWidget::componentEdited);
    }
    void cleanup()
    {
        m_linkSpy.reset();
        m_allSpy.reset();
        m_inspector.reset();
    }
    void linkEdit();
    void linkKeepsAtLeastOneKind();
    void linkBackupToggle();

private:
    template <typename T> T *field(const char *name)
    {
        return childNamed<T>(m_inspector.get(), name);
    }
    /// Link edits, and component edits that no link field may emit.
    int totalSignals() const { return m_linkSpy->count() + m_allSpy->count(); }

    std::unique_ptr<InspectorWidget> m_inspector;
    std::unique_ptr<QSignalSpy> m_linkSpy;
    std::unique_ptr<QSignalSpy> m_allSpy;
};

void TestInspectorLink::linkEdit()
{
    const Link link{"web1", "db", 1.0, 0.5, {}};
    m_inspector->showLink(link, 3);
    QCOMPARE(m_inspector->currentPage(), InspectorWidget::Page::Link);
    QCOMPARE(field<QDoubleSpinBox>("latency")->value(), 0.5);
    QVERIFY(field<QCheckBox>("kind_write")->isChecked()); // empty list = every kind

    typeInto(field<QDoubleSpinBox>("latency"), QStringLiteral("2.5"));
    QCOMPARE(m_linkSpy->count(), 1);
    QCOMPARE(m_linkSpy->at(0).at(0).toInt(), 3);
    Link expected = link;
    expected.latency_ms = 2.5;
    QVERIFY(m_linkSpy->at(0).at(1).value<Link>() == expected);

    field<QCheckBox>("kind_write")->click();
    QCOMPARE(m_linkSpy->count(), 2);
    const Link noWrites = m_linkSpy->at(1).at(1).value<Link>();
    QCOMPARE(noWrites.kinds, (std::vector<RequestKind>{RequestKind::Read, RequestKind::Static,
                                                       RequestKind::Async}));
    QCOMPARE(noWrites.latency_ms, 2.5);
    QCOMPARE(totalSignals(), 2);
}

void TestInspectorLink::linkKeepsAtLeastOneKind()
{
    m_inspector->showLink(Link{"a", "b", 1.0, 0.5, {RequestKind::Static}}, 0);
    auto *stat = field<QCheckBox>("kind_static");
    QVERIFY(stat->isChecked());
    QVERIFY(!field<QCheckBox>("kind_read")->isChecked());
    stat->click(); // would mean "every kind" in the file: refused
    QVERIFY(stat->isChecked());
    QCOMPARE(m_linkSpy->count(), 0);
}

// Stage 13: a backup link (asked only while the first target is down) is one checkbox.
void TestInspectorLink::linkBackupToggle()
{
    Link link{"web1", "sessions2", 1.0, 0.5, {}};
    link.backup = true;
    m_inspector->showLink(link, 4);
    auto *backup = field<QCheckBox>("backup");
    QVERIFY(backup->isChecked());
    QVERIFY(!backup->toolTip().isEmpty());
    if (const QByteArray dir = qgetenv("SCALELAB_SCREENSHOTS_DIR"); !dir.isEmpty())
        m_inspector->grab().save(QString::fromLocal8Bit(dir) +
                                 QStringLiteral("/inspector-backup-link.png"));
    backup->click();
    QCOMPARE(m_linkSpy->count(), 1);
    QCOMPARE(m_linkSpy->at(0).at(0).toInt(), 4);
    Link expected = link;
    expected.backup = false;
    QVERIFY(m_linkSpy->at(0).at(1).value<Link>() == expected);
    QCOMPARE(totalSignals(), 1);
}

QTEST_MAIN(TestInspectorLink)
#include "tst_inspector_link.moc"
