#pragma once

// Finding a form's fields and typing into them as a user would.
#include <QAbstractSpinBox>
#include <QTest>

namespace scalelab::test {

/// Replaces a spin box's text by typing, then presses Enter.
inline void typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Enter);
}

/// The child widget of this object name, or the test stops: a form lost a field.
template <typename T> T *childNamed(const QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (w == nullptr)
        qFatal("no field %s", name);
    return w;
}

} // namespace scalelab::test
