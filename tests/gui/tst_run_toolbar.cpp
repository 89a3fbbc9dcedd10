// The run toolbar: the load typed beside the slider, fine steps with Shift + arrows, and
// icons that read on the dark theme as well as on the light one.
#include "live/run_toolbar.h"
#include "window/theme.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace scalelab;

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

/// WCAG contrast ratio of two colours (1 = none, 21 = black on white).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The mean colour of an icon's opaque pixels, as drawn for the toolbar.
QColor inkOf(const QIcon &icon, QIcon::Mode mode)
{
    const QImage img = icon.pixmap(24, 24, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.alpha() > 200) {
                r += c.red();
                g += c.green();
                b += c.blue();
                ++n;
            }
        }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}

} // namespace

class TestRunToolbar : public QObject {
    Q_OBJECT
private slots:
    void typedLoadIsChosen()
    {
        RunToolbar bar;
        bar.show();
        QSignalSpy chosen(&bar, &RunToolbar::loadChosen);
        QDoubleSpinBox *spin = bar.loadSpin();
        QVERIFY(spin);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("1234"));
        QTest::keyClick(spin, Qt::Key_Enter);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toDouble(), 1234.0);
        QCOMPARE(bar.load(), 1234.0);
        QCOMPARE(bar.loadSlider()->value(), RunToolbar::sliderValue(1234));

        // Shown from the design: no announcement; the slider and the box agree.
        bar.setLoad(80);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(spin->value(), 80.0);
        QCOMPARE(bar.loadText(), QStringLiteral("80 req/s"));
    }

    void shiftArrowsStepByOnePercent()
    {
        QCOMPARE(RunToolbar::fineStep(950, 1), 960.0);
        QCOMPARE(RunToolbar::fineStep(950, -1), 941.0); // 940.5, to three digits
        QCOMPARE(RunToolbar::fineStep(100, -1), 99.0);
        QCOMPARE(RunToolbar::fineStep(1, -1), RunToolbar::kMinLoad);

        RunToolbar bar;
        bar.show();
        bar.setLoad(950);
        QSignalSpy chosen(&bar, &RunToolbar::loadChosen);
        QSlider *slider = bar.loadSlider();
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(slider, Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(bar.load(), 970.0);
        QCOMPARE(bar.loadSpin()->value(), 970.0);
        QTest::keyClick(slider, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(bar.load(), 960.0);
        // Without Shift the arrows keep their coarse step (a tenth of a decade).
        QTest::keyClick(slider, Qt::Key_Right);
        QVERIFY(bar.load() > 1100);
    }

    void iconsReadOnBothThemes()
    {
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            RunToolbar bar;
            const QColor back = bar.palette().color(QPalette::Window);
            for (QAction *a : {bar.runAction(), bar.pauseAction(), bar.stepEventAction(),
                               bar.stepSecondAction(), bar.resetAction()}) {
                const QColor ink = inkOf(a->icon(), QIcon::Normal);
                QVERIFY2(ink.isValid(), qPrintable(a->text()));
                QVERIFY2(contrast(ink, back) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2: contrast %3")
                                        .arg(a->text(), themeName(theme))
                                        .arg(contrast(ink, back))));
            }
            // A disabled control looks disabled: fainter than the enabled one.
            QVERIFY(contrast(inkOf(bar.pauseAction()->icon(), QIcon::Disabled), back) <
                    contrast(inkOf(bar.pauseAction()->icon(), QIcon::Normal), back));
        }
        // Switching theme while it exists redraws the icons.
        applyTheme(Theme::Light);
        RunToolbar bar;
        applyTheme(Theme::Dark);
        QApplication::processEvents();
        const QColor back = bar.palette().color(QPalette::Window);
        QVERIFY(contrast(inkOf(bar.runAction()->icon(), QIcon::Normal), back) >= 4.5);
    }
};

QTEST_MAIN(TestRunToolbar)
#include "tst_run_toolbar.moc"
