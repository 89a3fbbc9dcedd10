// The palette offers every component kind, explains each one, and hands the canvas the
// kind through a drag payload or a place request.
#include "canvas/palette_widget.h"
#include "kind_icons.h"

#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace scalelab;

class TestPalette : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void oneEntryPerKind();
    void tooltipsExplainEachKind();
    void iconsExistAndRender();
    void mimeRoundTrip();
    void mimeRefusesForeignPayloads();
    void dragPayloadIsTheYamlName();
    void doubleClickRequestsPlacement();
    void enterRequestsPlacement();
};

void TestPalette::initTestCase()
{
    // The icons are compiled into the scalelab_app static library; a static library's
    // resources are registered only when asked.
    Q_INIT_RESOURCE(resources);
}

void TestPalette::oneEntryPerKind()
{
    PaletteWidget palette;
    const auto &kinds = allComponentKinds();
    QCOMPARE(palette.count(), static_cast<int>(kinds.size()));
    for (int i = 0; i < palette.count(); ++i) {
        QCOMPARE(palette.kindAt(i), kinds[static_cast<std::size_t>(i)]);
        QCOMPARE(palette.item(i)->text(), displayName(kinds[static_cast<std::size_t>(i)]));
    }
    QCOMPARE(displayName(ComponentKind::LoadBalancer), QStringLiteral("Load balancer"));
}

void TestPalette::tooltipsExplainEachKind()
{
    PaletteWidget palette;
    for (int i = 0; i < palette.count(); ++i) {
        const QString tip = palette.item(i)->toolTip();
        QVERIFY2(!tip.trimmed().isEmpty(), qPrintable(palette.item(i)->text()));
        QVERIFY(tip.contains(QString::fromUtf8(describe(palette.kindAt(i)))));
    }
}

void TestPalette::iconsExistAndRender()
{
    QCOMPARE(iconPath(ComponentKind::WebServer), QStringLiteral(":/icons/web_server.svg"));
    const QStringList extra = {QStringLiteral("cache"), QStringLiteral("cdn"),
                               QStringLiteral("queue"), QStringLiteral("shard"),
                               QStringLiteral("app")};
    for (const QString &name : extra)
        QVERIFY2(QFile::exists(iconPath(name)), qPrintable(name));
    for (ComponentKind kind : allComponentKinds()) {
        QVERIFY2(QFile::exists(iconPath(kind)), qPrintable(iconPath(kind)));
        const QImage img = iconFor(kind).pixmap(QSize(48, 48)).toImage();
        QVERIFY(!img.isNull());
        // The tile fills the middle of the icon: an empty render would be transparent.
        QCOMPARE(qAlpha(img.pixel(24, 4)), 255);
    }
}

void TestPalette::mimeRoundTrip()
{
    for (ComponentKind kind : allComponentKinds()) {
        std::unique_ptr<QMimeData> mime(PaletteWidget::mimeForKind(kind));
        QCOMPARE(mime->data(QString::fromLatin1(kComponentKindMimeType)),
                 QByteArray(toString(kind)));
        const auto back = PaletteWidget::kindFromMime(mime.get());
        QVERIFY(back.has_value());
        QCOMPARE(*back, kind);
    }
}

void TestPalette::mimeRefusesForeignPayloads()
{
    QVERIFY(!PaletteWidget::kindFromMime(nullptr).has_value());
    QMimeData text;
    text.setText(QStringLiteral("web_server"));
    QVERIFY(!PaletteWidget::kindFromMime(&text).has_value());
    QMimeData unknown;
    unknown.setData(QString::fromLatin1(kComponentKindMimeType), "toaster");
    QVERIFY(!PaletteWidget::kindFromMime(&unknown).has_value());
}

void TestPalette::dragPayloadIsTheYamlName()
{
    // The model asks the view for the payload of a drag, exactly as QAbstractItemView's
    // startDrag does.
    PaletteWidget palette;
    const QStringList types = palette.model()->mimeTypes();
    QVERIFY(types.contains(QString::fromLatin1(kComponentKindMimeType)));
    for (int i = 0; i < palette.count(); ++i) {
        std::unique_ptr<QMimeData> mime(palette.model()->mimeData({palette.model()->index(i, 0)}));
        QVERIFY(mime);
        QCOMPARE(mime->data(QString::fromLatin1(kComponentKindMimeType)),
                 QByteArray(toString(palette.kindAt(i))));
    }
}

void TestPalette::doubleClickRequestsPlacement()
{
    PaletteWidget palette;
    palette.resize(240, 320);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    qRegisterMetaType<ComponentKind>();
    QSignalSpy spy(&palette, &PaletteWidget::placeRequested);

    const int row = static_cast<int>(allComponentKinds().size()) - 1;
    const QPoint at = palette.visualItemRect(palette.item(row)).center();
    // A real double-click is a click followed by a double-click event on the same spot.
    QTest::mouseClick(palette.viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(palette.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ComponentKind>(), palette.kindAt(row));

    // A single click only selects: it must not place anything.
    QTest::mouseClick(palette.viewport(), Qt::LeftButton, {},
                      palette.visualItemRect(palette.item(0)).center());
    QCOMPARE(spy.count(), 1);
}

void TestPalette::enterRequestsPlacement()
{
    PaletteWidget palette;
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy spy(&palette, &PaletteWidget::placeRequested);
    const int row = 1;
    palette.setCurrentRow(row);
    QTest::keyClick(&palette, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ComponentKind>(), palette.kindAt(row));
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
